package com.inferencetco.cost;

import java.math.BigDecimal;

/**
 * A built-in default a decision rests on: moved within a factor of two, it changes the
 * action. The reader checks it against the account before acting.
 *
 * @param parameter the assumption's key
 * @param value the default the decision used (report currency for money)
 * @param source where the default comes from, and its date
 * @param flipsAt the value past which the action changes (to a few significant digits)
 * @param flipsTo the action beyond it
 */
public record DecidingDefault(String parameter, BigDecimal value, String source, BigDecimal flipsAt, Action flipsTo) {
}
