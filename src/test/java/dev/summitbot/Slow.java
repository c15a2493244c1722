package dev.summitbot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that takes seconds rather than milliseconds, or depends on the operating system (signals, file
 * events, processes): `mvn verify` runs these in their own surefire stage, after the fast ones pass
 * (see the surefire executions in pom.xml).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {

    /** The JUnit tag pom.xml selects the slow stage by. */
    String TAG = "slow";
}
