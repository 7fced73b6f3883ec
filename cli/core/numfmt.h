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
/* A p-value: "p = 0.013" or "p < 0.0001"; in words: "0.013" or "below 0.0001". */
void cs_fmt_pvalue(char *buf, size_t size, double p);
void cs_fmt_pvalue_words(char *buf, size_t size, double p);

#endif
