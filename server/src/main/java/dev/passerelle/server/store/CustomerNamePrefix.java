package dev.passerelle.server.store;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizerFactory;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizingAnnotation;
import org.jdbi.v3.sqlobject.customizer.SqlStatementParameterCustomizer;

/**
 * The LIKE pattern a generic account's documents' customer name must match (escape character
 * {@code !}), null for an ordinary account. Defines {@code <namePrefixCondition>} and binds
 * {@code :namePrefix} only for a generic account: H2 parses and plans again, on every execution, a
 * statement that holds a LIKE, even one skipped by {@code :namePrefix IS NULL}, so an ordinary
 * account's statement carries no LIKE at all.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@SqlStatementCustomizingAnnotation(CustomerNamePrefix.Factory.class)
public @interface CustomerNamePrefix {

    /** Applies the annotation to a statement. */
    final class Factory implements SqlStatementCustomizerFactory {

        private static final String CONDITION = "AND UPPER(d.customer_name) LIKE UPPER(:namePrefix) ESCAPE '!'";

        @Override
        public SqlStatementParameterCustomizer createForParameter(Annotation annotation, Class<?> sqlObjectType,
                Method method, Parameter parameter, int index, Type type) {
            return (statement, pattern) -> {
                if (pattern == null) {
                    statement.define("namePrefixCondition", "");
                } else {
                    statement.define("namePrefixCondition", CONDITION).bind("namePrefix", (String) pattern);
                }
            };
        }
    }
}
