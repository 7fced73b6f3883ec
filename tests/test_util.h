/* test_util.h - helpers shared by the cmocka tests.
 *
 * cmocka 1.1.5's assert_float_equal compares as float, so doubles that
 * differ in the 8th digit pass; assert_close compares doubles. */
#ifndef CS_TEST_UTIL_H
#define CS_TEST_UTIL_H

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

/* |a - b| <= abs_tol + rel_tol * |b|, with both NaN or both the same
 * infinity counting as equal. */
#define assert_close(a, b, abs_tol, rel_tol) \
	cs_assert_close((a), (b), (abs_tol), (rel_tol), #a, __FILE__, __LINE__)

static inline void cs_assert_close(double a, double b, double abs_tol, double rel_tol,
				   const char *expr, const char *file, int line)
{
	if (isnan(a) && isnan(b))
		return;
	if (isinf(a) && isinf(b) && (a > 0) == (b > 0))
		return;
	if (fabs(a - b) <= abs_tol + rel_tol * fabs(b))
		return;
	print_error("%s = %.17g, expected %.17g (difference %.3g, tolerance %.3g + %.3g relative)\n",
		       expr, a, b, fabs(a - b), abs_tol, rel_tol);
	_fail(file, line);
}

/* The directory of the reference data, tests/ref, relative to the
 * repository root where `make check` runs the tests. */
#define CS_REF_DIR "tests/ref"

#endif
