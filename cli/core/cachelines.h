/* cachelines.h - memory for state that reading threads write on every row.
 *
 * Such state (counters, group values) must not share a cache line with
 * another thread's: the line would move between the cores on every row
 * (prop on two threads spent a tenth of its time on `matched++` when the
 * threads' contexts came from one calloc).  A per-thread struct starts with
 * CS_THREAD_ALIGNED, which makes its size a multiple of CS_CACHE_LINE, and
 * its array comes from cs_thread_blocks(). */
#ifndef CS_CACHELINES_H
#define CS_CACHELINES_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CS_CACHE_LINE 64
#define CS_THREAD_ALIGNED _Alignas(CS_CACHE_LINE)

/* n zeroed blocks of size bytes, each starting on a cache line, at a
 * distance of *stride (size rounded up to whole lines; stride may be NULL);
 * free() frees them.  NULL when out of memory. */
static inline void *cs_thread_blocks(size_t n, size_t size, size_t *stride)
{
	size_t line = CS_CACHE_LINE, step = (size + line - 1) / line * line;
	if (step == 0)
		step = line;
	if (n > SIZE_MAX / step)
		return NULL;
	void *p = aligned_alloc(line, n * step);
	if (p)
		memset(p, 0, n * step);
	if (stride)
		*stride = step;
	return p;
}

#endif
