package fr.socle.portal.sql;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds of the SQL console: rows per page, how deep paging may go (each page re-runs the statement), how long a
 * statement may run, how many statements a person may run per minute, and how large a page may grow (the
 * portal holds a page in memory: a few rows of huge texts would otherwise fill its heap).
 */
@Validated
@ConfigurationProperties("socle.sql")
record SqlSettings(
    @DefaultValue("500") @Positive @Max(5000) int pageSize,
    @DefaultValue("10000") @Positive long maxOffset,
    @DefaultValue("60s") Duration timeout,
    @DefaultValue("20") @Positive int statementsPerMinute,
    @DefaultValue("16MB") DataSize maxPageSize) {}
