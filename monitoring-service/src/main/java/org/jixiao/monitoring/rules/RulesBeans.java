package org.jixiao.monitoring.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the pure rule objects and the clock injectable (singletons: final classes need no proxy). */
@ApplicationScoped
public class RulesBeans {

    @Produces
    @Singleton
    IndicatorRules indicatorRules(RulesConfig config) {
        return new IndicatorRules(config);
    }

    @Produces
    @Singleton
    ProjectRules projectRules(RulesConfig config) {
        return new ProjectRules(config);
    }

    @Produces
    @Singleton
    ScoreRules scoreRules(RulesConfig config) {
        return new ScoreRules(config);
    }

    @Produces
    @Singleton
    EarnedShare earnedShare(RulesConfig config) {
        return new EarnedShare(config);
    }

    /** Dates are the budget's dates: China Standard Time unless configured otherwise. */
    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "jixiao.time-zone", defaultValue = "Asia/Shanghai") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
