/* mse_hide.c - the --min-cell decisions of casestat mse: the people
 * observed in each group (printed), their total over the strata
 * (printed), the counts by capture pattern (drawn in the patterns chart)
 * and the people on exactly one and on exactly two lists (implied), as
 * the cells of one table tied by sums, decided by analysis/suppress.h. */
#include "cli/cmd/mse.h"
#include "analysis/status.h"

#include <stdlib.h>
#include <string.h>

static int bits(unsigned p)
{
	int k = 0;
	for (; p; p &= p - 1)
		k++;
	return k;
}

int cs_mse_decide(const struct mse_group *g, size_t ng, int t, int64_t k, int by, struct mse_decide *dec)
{
	memset(dec, 0, (ng + 1) * sizeof *dec);
	if (k <= 0)
		return CS_OK;
	struct cs_sup_table s;
	cs_sup_init(&s);
	unsigned np = 1u << t;
	size_t per = np + 3, *idx = calloc(ng * per + 1, sizeof *idx), m[MSE_NPAT], nm;
	int rc = idx ? CS_OK : CS_ENOMEM;
	for (size_t i = 0; rc == CS_OK && i < ng; i++) {
		size_t *c = idx + i * per;     /* c[p] pattern p, c[0] n, c[np] f1, c[np + 1] f2 */
		int64_t f[3] = { 0, 0, 0 };
		long v;
		for (unsigned p = 1; p < np && rc == CS_OK; p++) {
			rc = (v = cs_sup_add_cell(&s, (int64_t)g[i].y[p], 1)) < 0 ? CS_ENOMEM : CS_OK;
			c[p] = (size_t)v;
			if (bits(p) <= 2)
				f[bits(p)] += (int64_t)g[i].y[p];
		}
		int64_t val[3] = { g[i].n, f[1], f[2] };
		size_t at[3] = { 0, np, np + 1 };
		for (int j = 0; j < 3 && rc == CS_OK; j++) {
			rc = (v = cs_sup_add_cell(&s, val[j], j == 0)) < 0 ? CS_ENOMEM : CS_OK;
			c[at[j]] = (size_t)v;
		}
		for (int want = 0; want <= 2 && rc == CS_OK; want++) {
			nm = 0;
			for (unsigned p = 1; p < np; p++)
				if (want == 0 || bits(p) == want)
					m[nm++] = c[p];
			rc = cs_sup_add_rel(&s, c[at[want]], m, nm);
		}
	}
	size_t total = 0;
	if (rc == CS_OK && by) {
		int64_t sum = 0;
		size_t *mem = calloc(ng, sizeof *mem);
		for (size_t i = 0; mem && i < ng; i++)
			sum += g[i].n, mem[i] = idx[i * per];
		long v = mem ? cs_sup_add_cell(&s, sum, 1) : -1;
		rc = v < 0 ? CS_ENOMEM : cs_sup_add_rel(&s, total = (size_t)v, mem, ng);
		free(mem);
	}
	if (rc == CS_OK)
		rc = cs_sup_decide(&s, k);
	for (size_t i = 0; i < ng; i++) {
		const size_t *c = idx ? idx + i * per : NULL;
		if (rc != CS_OK || !c) {
			enum cs_sup_why *w = (enum cs_sup_why *)&dec[i];
			for (size_t j = 0; j < sizeof dec[i] / sizeof *w; j++)
				w[j] = CS_SUP_SMALL;
			continue;
		}
		dec[i].n = s.cell[c[0]].why;
		dec[i].f1 = s.cell[c[np]].why;
		dec[i].f2 = s.cell[c[np + 1]].why;
		for (unsigned p = 1; p < np; p++)
			dec[i].y[p] = s.cell[c[p]].why;
	}
	dec[ng].n = rc != CS_OK ? CS_SUP_SMALL : by ? s.cell[total].why : CS_SUP_SHOWN;
	free(idx);
	cs_sup_free(&s);
	return rc == CS_ENOMEM ? CS_ENOMEM : CS_OK;
}
