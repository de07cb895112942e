package co.kustom.ipp.enrollment;

import java.sql.Timestamp;
import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes the {@code pending_enrollment_code} entries of codes that expired unused, every hour, on one instance of
 * the cluster at a time (db-scheduler). Nothing depends on it: a claim takes an expired entry over anyway; it keeps
 * the table to the codes that can still be redeemed (an expired UUID-shaped code is never drawn again).
 */
@Configuration(proxyBeanMethods = false)
class ExpiredEnrollmentCodesPruning {

    private static final Logger log = LoggerFactory.getLogger(ExpiredEnrollmentCodesPruning.class);

    @Bean
    RecurringTask<Void> pruneExpiredEnrollmentCodes(JdbcTemplate jdbc, Clock clock) {
        return Tasks.recurring("prune-expired-enrollment-codes", FixedDelay.ofHours(1))
                .execute((instance, context) -> {
                    int pruned = jdbc.update("delete from pending_enrollment_code where expires_at <= ?",
                            Timestamp.from(clock.instant()));
                    if (pruned > 0) {
                        log.info("Pruned {} expired enrollment codes", pruned);
                    }
                });
    }
}
