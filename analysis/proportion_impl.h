/* proportion_impl.h - the limit functions behind the method table (internal
 * to analysis/proportion*.c).  Each has the cs_prop_limits_fn contract. */
#ifndef CS_PROPORTION_IMPL_H
#define CS_PROPORTION_IMPL_H

int cs_prop_wald(double x, double n, double tail, double *lo, double *hi, unsigned *notes);
int cs_prop_wilson(double x, double n, double tail, double *lo, double *hi, unsigned *notes);
int cs_prop_wilson_cc(double x, double n, double tail, double *lo, double *hi, unsigned *notes);
int cs_prop_agresti_coull(double x, double n, double tail, double *lo, double *hi, unsigned *notes);
int cs_prop_logit(double x, double n, double tail, double *lo, double *hi, unsigned *notes);
int cs_prop_arcsine(double x, double n, double tail, double *lo, double *hi, unsigned *notes);

int cs_prop_jeffreys(double x, double n, double tail, double *lo, double *hi, unsigned *notes);
int cs_prop_clopper_pearson(double x, double n, double tail, double *lo, double *hi, unsigned *notes);
int cs_prop_mid_p(double x, double n, double tail, double *lo, double *hi, unsigned *notes);
int cs_prop_likelihood(double x, double n, double tail, double *lo, double *hi, unsigned *notes);
int cs_prop_blaker(double x, double n, double tail, double *lo, double *hi, unsigned *notes);

#endif
