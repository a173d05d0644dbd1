/**
 * The {@code claimtrail} command: extracts ledgers from articles, answers the query API's questions
 * over ledgers, exports graphs, and opens jshell with a ledger loaded. {@link
 * dev.claimtrail.cli.ClaimtrailCommand} is the entry point; each subcommand is one class.
 */
@NullMarked
package dev.claimtrail.cli;

import org.jspecify.annotations.NullMarked;
