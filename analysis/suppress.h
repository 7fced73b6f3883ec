/* suppress.h - small-cell suppression: which counts of a published table
 * must be hidden so that no count from 1 to K-1 can be read, or worked out
 * from the counts and totals that are shown.
 *
 * A table is described to the module as cells and relations:
 *   - a cell is a count of people (cases), 0 or more.  It is "published"
 *     when the table prints it, or only implied (the failures n - x of a
 *     proportion, the people lost between two stages of a funnel): an
 *     implied cell is never printed but is as revealing as a printed one.
 *   - a relation says that one cell, the total, is the sum of others, the
 *     members (x + (n - x) = n; the categories of a tabulation add up to
 *     n).  Every relation the published table lets a reader use must be
 *     listed; relations that follow from others may be listed too.
 *
 * cs_sup_decide() marks each cell (the rules are in docs/notes/suppression.md):
 *   SMALL       primary: the count is from 1 to K-1;
 *   COMPLEMENT  primary: the rest of a total it belongs to, total minus the
 *               count, is from 1 to K-1 (showing 98 of 100 shows 2);
 *   SECONDARY   complementary: hidden so that a hidden count cannot be
 *               recovered by subtraction.
 * 0 is shown (the CMS convention): a count of nobody reveals nobody,
 * unless its complement is small.
 *
 * Complementary suppression is a heuristic, iterated to a fixed point over
 * all relations.  The module works out what a reader can:
 *   - by subtraction, relation by relation (a relation with one unknown
 *     cell gives it away, and the value feeds the other relations);
 *   - the hidden members of a relation with a known total together: they
 *     must not add up to less than K (a small group in itself);
 *   - bounds: a printed '<K' read as 1 or more, and as at most K-1 where
 *     the count is in fact from 1 to K-1; a total between the sums of its
 *     members' bounds, a member between the total's bounds minus the
 *     others'.  A hidden cell whose bounds meet is given away.
 * Each time a hidden cell is given away, the smallest shown non-zero
 * member of the relation at fault is hidden too (its total when no member
 * is left, a zero only as a last resort; through the relations a computed
 * cell came from when the relation has nothing shown), and the search
 * starts again.  When nothing more is found that way, an exact audit
 * solves the relations of each connected part of the table together
 * (Gauss-Jordan): a hidden cell that a combination of relations pins down
 * makes the smallest shown cell of those relations hidden, and the search
 * resumes.  So no hidden cell can be worked out by subtraction, whatever
 * the table.  A cell that only bounds pin in a table whose every printed
 * count is hidden already is left so: nothing more can be done.
 * tests/test_suppress.c checks all this by enumeration on the table
 * shapes casestat publishes (and subtraction on 3x3 tables).

 * Memory: a cs_sup_table owns its arrays (cs_sup_free).  No I/O. */
#ifndef CS_SUPPRESS_H
#define CS_SUPPRESS_H

#include <stddef.h>
#include <stdint.h>

enum cs_sup_why {
	CS_SUP_SHOWN = 0,       /* shown as it is */
	CS_SUP_SMALL,           /* from 1 to K-1 */
	CS_SUP_COMPLEMENT,      /* its complement within a total is from 1 to K-1 */
	CS_SUP_SECONDARY        /* would let a hidden count be worked out */
};

struct cs_sup_cell {
	int64_t value;          /* the count, 0 or more */
	int published;          /* 1: the table prints it; 0: implied only */
	enum cs_sup_why why;    /* set by cs_sup_decide */
};

struct cs_sup_table {
	struct cs_sup_cell *cell;
	size_t ncell, capcell;
	/* relation r: idx[start[r]] is the total, idx[start[r] + 1 .. start[r + 1]) the members */
	size_t *idx, nidx, capidx;
	size_t *start, nrel, caprel;   /* start has nrel + 1 entries once a relation exists */
};

void cs_sup_init(struct cs_sup_table *t);
void cs_sup_free(struct cs_sup_table *t);

/* Add a cell; returns its index, or -1 when out of memory or value < 0. */
long cs_sup_add_cell(struct cs_sup_table *t, int64_t value, int published);

/* Add the relation total = sum of the n members (cell indices).  CS_OK,
 * CS_EDOM (an index out of range, no member, or the values do not add up)
 * or CS_ENOMEM. */
int cs_sup_add_rel(struct cs_sup_table *t, size_t total, const size_t *members, size_t n);

/* Decide every cell's why for threshold k (counts 1 .. k-1 are small);
 * k < 2 hides nothing; at k = 2 a printed '<2' says 1 whatever is done
 * (cli/ refuses it).  CS_OK, CS_ENOMEM, or CS_EUNDEF if no shown cell
 * could be hidden to protect a hidden one (not expected for tables whose
 * relations are sums of their cells: the caller must then publish nothing). */
int cs_sup_decide(struct cs_sup_table *t, int64_t k);

/* Is v a small count for threshold k (1 <= v <= k-1)? */
int cs_sup_small(int64_t v, int64_t k);

/* A short name of a decision ("shown", "small", "complement", "secondary"). */
const char *cs_sup_why_name(enum cs_sup_why why);

#endif
