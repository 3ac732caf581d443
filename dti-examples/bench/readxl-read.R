# R's side of the XLSX reading comparison (see compare-xlsx.sh).
#
# Usage: Rscript readxl-read.R FILE.xlsx [REPEATS]
#
# Reads the first sheet of FILE with readxl::read_excel REPEATS times (default 3) in one R process and prints one
# read_seconds= line per read (wall-clock seconds of that read alone), then rows= and columns= of the table read.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) {
  stop("usage: Rscript readxl-read.R FILE.xlsx [REPEATS]")
}
repeats <- if (length(args) >= 2) as.integer(args[2]) else 3L
if (!requireNamespace("readxl", quietly = TRUE)) {
  stop("readxl is not installed in this R library")
}
for (i in seq_len(repeats)) {
  t0 <- Sys.time()
  table <- readxl::read_excel(args[1], sheet = 1)
  t1 <- Sys.time()
  cat("read_seconds=", sprintf("%.6f", as.numeric(difftime(t1, t0, units = "secs"))), "\n", sep = "")
}
cat("rows=", nrow(table), "\n", "columns=", ncol(table), "\n", sep = "")
