/* mse_data.c - checking and summarising the capture counts. */
#include "mse.h"
#include "status.h"

#include <math.h>

int cs_mse_data_init(struct cs_mse_data *d, int t, const double *counts)
{
	if (!d || !counts || t < 2 || t > CS_MSE_MAX_LISTS)
		return CS_EDOM;
	int cells = 1 << t;
	double n = 0;
	d->t = t;
	d->y[0] = 0;
	for (int p = 1; p < CS_MSE_MAX_CELLS; p++) {
		if (p >= cells) {
			d->y[p] = 0;
			continue;
		}
		double c = counts[p];
		/* the sum too must stay exact */
		if (!(c >= 0 && c <= CS_MSE_MAX_COUNT - n) || c != floor(c))
			return CS_EDOM;
		d->y[p] = c;
		n += c;
	}
	if (!(n >= 1))
		return CS_EDOM;
	d->n = n;
	return CS_OK;
}

int cs_mse_data_init_i64(struct cs_mse_data *d, int t, const int64_t *counts)
{
	if (!counts || t < 2 || t > CS_MSE_MAX_LISTS)
		return CS_EDOM;
	double c[CS_MSE_MAX_CELLS] = { 0 };
	for (int p = 1; p < (1 << t); p++) {
		if (counts[p] < 0 || (double)counts[p] > CS_MSE_MAX_COUNT)
			return CS_EDOM;
		c[p] = (double)counts[p];
	}
	return cs_mse_data_init(d, t, c);
}

void cs_mse_data_fk(const struct cs_mse_data *d, double f[CS_MSE_MAX_LISTS + 1])
{
	for (int k = 0; k <= CS_MSE_MAX_LISTS; k++)
		f[k] = 0;
	for (int p = 1; p < (1 << d->t); p++)
		f[__builtin_popcount((unsigned)p)] += d->y[p];
}

int cs_mse_pattern_parse(const char *s, int t, unsigned *pattern)
{
	if (!s || !pattern || t < 2 || t > CS_MSE_MAX_LISTS)
		return CS_EDOM;
	unsigned p = 0;
	int i;
	for (i = 0; s[i]; i++) {
		if (i >= t || (s[i] != '0' && s[i] != '1'))
			return CS_EDOM;
		if (s[i] == '1')
			p |= 1u << i;
	}
	if (i != t || p == 0)
		return CS_EDOM;
	*pattern = p;
	return CS_OK;
}
