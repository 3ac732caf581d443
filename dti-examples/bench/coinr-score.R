# COINr's side of the whole-process comparison with `dti score` (see compare-coinr.sh).
#
# Usage: Rscript coinr-score.R DATA.csv META.csv OUT.csv [DECIMALS]
#
# One job, as a COINr user would run it in one R process: read the iData and iMeta CSV files, build the coin,
# normalise every indicator with min-max to [0, 1] (directions applied), aggregate every level with the weighted
# arithmetic mean (meta weights), and write every node's score and rank (1 = highest, ties share the lowest rank) to
# a CSV in the layout `dti score --out` writes: unit, then <code>,<code>_rank for every node in meta-file order, one
# row per unit in input order, scores with DECIMALS (default 12) decimals. The wall-clock seconds of the three steps go
# to stderr as read_seconds=, compute_seconds= and write_seconds= lines, like `dti score --timings`.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 3) {
  stop("usage: Rscript coinr-score.R DATA.csv META.csv OUT.csv [DECIMALS]")
}
decimals <- if (length(args) >= 4) as.integer(args[4]) else 12L
if (!requireNamespace("COINr", quietly = TRUE)) {
  stop("COINr is not installed in this R library (see dti-examples/bench/README.md)")
}
suppressPackageStartupMessages(library(COINr))

t0 <- Sys.time()
iData <- utils::read.csv(args[1], check.names = FALSE, colClasses = c(uCode = "character"))
iMeta <- utils::read.csv(args[2], colClasses = c(iCode = "character", Parent = "character"))
t1 <- Sys.time()

# COINr's iMeta needs a name and a type per row; the top aggregate has no parent.
iMeta$Parent[!is.na(iMeta$Parent) & iMeta$Parent == ""] <- NA
iMeta$iName <- iMeta$iCode
iMeta$Type <- ifelse(iMeta$Level == 1, "Indicator", "Aggregate")
suppressMessages({
  coin <- new_coin(iData, iMeta, quietly = TRUE)
  coin <- Normalise(coin, dset = "Raw",
                    global_specs = list(f_n = "n_minmax", f_n_para = list(l_u = c(0, 1))))
  coin <- Aggregate(coin, dset = "Normalised", f_ag = "a_amean")
})
scores <- get_results(coin, dset = "Aggregated", tab_type = "Full", use = "scores", nround = decimals)
ranks <- get_results(coin, dset = "Aggregated", tab_type = "Full", use = "ranks")
t2 <- Sys.time()

# Rows back in input order, columns in meta-file order, value then rank.
scores <- scores[match(iData$uCode, scores$uCode), , drop = FALSE]
ranks <- ranks[match(iData$uCode, ranks$uCode), , drop = FALSE]
out <- list(unit = scores$uCode)
fmt <- paste0("%.", decimals, "f")
for (code in iMeta$iCode) {
  v <- sprintf(fmt, scores[[code]])
  v[is.na(scores[[code]])] <- ""
  r <- as.character(ranks[[code]])
  r[is.na(r)] <- ""
  out[[code]] <- v
  out[[paste0(code, "_rank")]] <- r
}
out <- as.data.frame(out, check.names = FALSE, stringsAsFactors = FALSE)
utils::write.csv(out, args[3], row.names = FALSE, quote = FALSE)
t3 <- Sys.time()

secs <- function(a, b) sprintf("%.6f", as.numeric(difftime(b, a, units = "secs")))
message("read_seconds=", secs(t0, t1))
message("compute_seconds=", secs(t1, t2))
message("write_seconds=", secs(t2, t3))
