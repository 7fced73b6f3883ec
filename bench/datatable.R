# datatable.R FILE THREADS - the data.table peer of `casestat prop FILE
# --success questioned --by region`: fread the two columns, count rows and
# true values per region.  Run by bench/run.sh when R and data.table are
# installed (Debian: r-cran-data.table); prints the table so that the
# counts can be compared with casestat's.
suppressMessages(library(data.table))
args <- commandArgs(TRUE)
setDTthreads(as.integer(args[2]))
d <- fread(args[1], select = c("region", "questioned"))
print(d[, .(n = .N, x = sum(questioned)), keyby = region])
