package co.kustom.ipp.platform.idempotency;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deletes expired idempotency records every hour, on one instance of the cluster at a time (db-scheduler). */
@Configuration(proxyBeanMethods = false)
class IdempotencyPruning {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPruning.class);

    @Bean
    RecurringTask<Void> pruneIdempotencyRecords(IdempotentRequests requests) {
        return Tasks.recurring("prune-idempotency-records", FixedDelay.ofHours(1))
                .execute((instance, context) -> {
                    int pruned = requests.prune();
                    if (pruned > 0) {
                        log.info("Pruned {} expired idempotency records", pruned);
                    }
                });
    }
}
