package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.contract.v1.PageInfo;
import dev.passerelle.contract.v1.PageRequest;
import dev.passerelle.server.error.InvalidRequestException;

/** A validated page request: numbered from 1, size between 1 and the endpoint's limit. */
record Paging(int pageNumber, int pageSize) {

    static final int DEFAULT_SIZE = 50;

    static Paging of(PageRequest request, int maxPageSize) {
        int number = request == null || request.getPageNumber() == null ? 1 : request.getPageNumber();
        int size = request == null || request.getPageSize() == null ? Math.min(DEFAULT_SIZE, maxPageSize) : request.getPageSize();
        if (number < 1) {
            throw InvalidRequestException.of("page.pageNumber", FieldErrorCode.OUT_OF_RANGE,
                    "page numbers start at 1", number);
        }
        if (size < 1 || size > maxPageSize) {
            throw InvalidRequestException.of("page.pageSize", FieldErrorCode.OUT_OF_RANGE,
                    "the page size must be between 1 and " + maxPageSize, size);
        }
        return new Paging(number, size);
    }

    long offset() {
        return (long) (pageNumber - 1) * pageSize;
    }

    PageInfo info(long totalCount) {
        PageInfo info = new PageInfo();
        info.setPageNumber(pageNumber);
        info.setPageSize(pageSize);
        info.setTotalCount(totalCount);
        info.setMore(offset() + pageSize < totalCount);
        return info;
    }
}
