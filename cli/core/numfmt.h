/* numfmt.h - numbers as people read them, for sentences and for charts
 * alike: thousands separated by ',' (7,000), percentages with just enough
 * decimals, confidence levels as words.  Locale-free: LC_NUMERIC is never
 * set by casestat.  A value that is not finite prints as "undefined". */
#ifndef CS_NUMFMT_H
#define CS_NUMFMT_H

#include <stddef.h>
#include <stdint.h>

/* 7000 -> "7,000". */
void cs_fmt_count(char *buf, size_t size, int64_t v);
/* A number with thousands separators and `decimals` decimals; -0 prints
 * as 0.  cs_fmt_whole() is cs_fmt_number() with no decimals. */
void cs_fmt_number(char *buf, size_t size, double v, int decimals);
void cs_fmt_whole(char *buf, size_t size, double v);
/* `sig` significant digits (trailing zeros kept: 1.00), thousands
 * separators, no exponent for 1e-4 <= |v| < 1e15. */
void cs_fmt_sig(char *buf, size_t size, double v, int sig);
/* `sig` significant digits of 0 < |v| < 1 without an exponent and without
 * trailing zeros: 1e-07 -> "0.0000001", 0.33333 -> "0.33" (sig 2). */
void cs_fmt_small(char *buf, size_t size, double v, int sig);
/* The value a number written by these functions shows (its thousands
 * separators dropped; what follows the digits, such as '%', ignored):
 * to compare what two printed numbers say. */
double cs_fmt_read(const char *s);
/* A whole number as a count (7,000), anything else with 6 significant
 * digits (2,718.84). */
void cs_fmt_amount(char *buf, size_t size, double v);
/* A proportion as a percentage with `decimals` decimals, adding decimals
 * (up to 6) rather than printing 0% or 100% for a value strictly inside. */
void cs_fmt_pct(char *buf, size_t size, double p, int decimals);
/* Decimals that show an interval [lo, hi] of proportions with about two
 * significant digits of its width: 0 for 49%-97%, 1 for 10.7%-12.2%, at
 * most 4. */
int cs_pct_decimals(double lo, double hi);
/* A confidence level: 0.95 -> "95%", 0.999 -> "99.9%". */
void cs_fmt_conf(char *buf, size_t size, double conf);

/* A ratio for people: whole numbers with thousands separators from 10 on,
 * two significant digits below, without exponents ("2.3", "0.47", "1,200"). */
void cs_fmt_times(char *buf, size_t size, double v);
/* A difference of proportions in percentage points with `decimals`
 * decimals: 0.125 -> "12.5" (-0 prints as 0). */
void cs_fmt_points(char *buf, size_t size, double v, int decimals);
/* A test statistic with 3 significant digits and no exponent: 3.84,
 * 1,001, 0.0000123. */
void cs_fmt_stat(char *buf, size_t size, double v);
/* Limits l < h of a ratio: cs_fmt_times, or more digits where that prints
 * them alike ("1.00" and "1"). */
void cs_fmt_times_apart(char *lo, char *hi, size_t size, double l, double h);
/* A share of an amount as a percentage: 70%, 1.15%, 0.8%, 0.00001%; never
 * 100% for a share that is not 100%. */
void cs_fmt_share(char *buf, size_t size, double s);
/* A p-value: "p = 0.013" or "p < 0.0001"; in words: "0.013" or "below 0.0001". */
void cs_fmt_pvalue(char *buf, size_t size, double p);
void cs_fmt_pvalue_words(char *buf, size_t size, double p);

#endif
