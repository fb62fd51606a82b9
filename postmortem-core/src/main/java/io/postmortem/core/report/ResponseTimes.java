package io.postmortem.core.report;

import io.postmortem.core.postmortem.Severity;
import java.time.YearMonth;

/**
 * Time to detect, mitigate and resolve, in minutes, of the postmortems published in one month for
 * one severity.
 */
public record ResponseTimes(
    YearMonth month,
    Severity severity,
    Distribution detect,
    Distribution mitigate,
    Distribution resolve) {}
