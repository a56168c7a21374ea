/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-hemicycle"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "mg-hemicycle.h"

/* The parliament-diagram geometry, as in the open parliament-diagram tools:
 * in a 2:1 box with centre (1, 0), outer radius 1 and inner radius 0.5,
 * n rows have thickness t = 1/(4n − 2); row r lies at R = 0.5 + 2rt and
 * holds at most ⌊πR / (2t)⌋ seats. The smallest n whose capacity reaches N
 * is used, N is shared over the rows in proportion to capacity by largest
 * remainder, and in a row of k seats seat s sits at angle
 * m + s(π − 2m)/(k − 1) with m = asin(t/R). Pure arithmetic: no GTK. */

/* Dots take this share of the row thickness, leaving a gap between rows. */
#define DOT_SHARE 0.82

/* Angles closer than this are one radial column. */
#define SAME_ANGLE 1e-9

static double
row_thickness (guint n_rows)
{
  return 1.0 / (4.0 * n_rows - 2.0);
}

static guint
row_capacity (guint  n_rows,
              guint  row)
{
  double t = row_thickness (n_rows);
  double radius = 0.5 + 2.0 * row * t;

  return (guint) floor (G_PI * radius / (2.0 * t));
}

static guint
total_capacity (guint n_rows)
{
  guint total = 0;

  for (guint r = 0; r < n_rows; r++)
    total += row_capacity (n_rows, r);
  return total;
}

typedef struct {
  guint  row;
  double remainder;
} Remainder;

static int
compare_remainders (const void *a,
                    const void *b)
{
  const Remainder *ra = a, *rb = b;

  if (ra->remainder != rb->remainder)
    return ra->remainder > rb->remainder ? -1 : 1;
  /* Ties go to the outer row, which has the most room. */
  return ra->row > rb->row ? -1 : (ra->row < rb->row ? 1 : 0);
}

static int
compare_seats (const void *a,
               const void *b)
{
  const MgSeat *sa = a, *sb = b;

  if (fabs (sa->angle - sb->angle) > SAME_ANGLE)
    return sa->angle > sb->angle ? -1 : 1;
  /* Same angle (a centre column): inner seats first. */
  return sa->radius < sb->radius ? -1 : (sa->radius > sb->radius ? 1 : 0);
}

/**
 * mg_hemicycle_new:
 * @n_seats: 1 to 10,000 seats
 *
 * Returns: (transfer full): the seat positions
 */
MgHemicycle *
mg_hemicycle_new (guint n_seats)
{
  g_autofree guint *per_row = NULL;
  g_autofree Remainder *remainders = NULL;
  MgHemicycle *self;
  guint n_rows = 1, capacity, assigned = 0, index = 0;
  double t;

  g_return_val_if_fail (n_seats >= 1, NULL);

  while ((capacity = total_capacity (n_rows)) < n_seats)
    n_rows++;

  /* Largest remainder: floors first, then one more seat to the rows with
   * the biggest fractional parts. Plain rounding would overfill. */
  per_row = g_new0 (guint, n_rows);
  remainders = g_new0 (Remainder, n_rows);
  for (guint r = 0; r < n_rows; r++)
    {
      double share = (double) n_seats * row_capacity (n_rows, r) / capacity;

      per_row[r] = (guint) floor (share);
      remainders[r] = (Remainder) { r, share - per_row[r] };
      assigned += per_row[r];
    }
  qsort (remainders, n_rows, sizeof (Remainder), compare_remainders);
  for (guint i = 0; assigned < n_seats; i = (i + 1) % n_rows)
    {
      per_row[remainders[i].row]++;
      assigned++;
    }

  t = row_thickness (n_rows);
  self = g_new0 (MgHemicycle, 1);
  self->n_seats = n_seats;
  self->n_rows = n_rows;
  self->dot_radius = DOT_SHARE * t;
  self->seats = g_new0 (MgSeat, n_seats);

  for (guint r = 0; r < n_rows; r++)
    {
      double radius = 0.5 + 2.0 * r * t;
      double margin = asin (t / radius);
      guint k = per_row[r];

      for (guint s = 0; s < k; s++)
        {
          /* Computed from the nearer end and mirrored, so the figure is
           * exactly symmetric and a middle seat is exactly upright. */
          guint from_end = MIN (s, k - 1 - s);
          double angle = k == 1 || 2 * s == k - 1
                           ? G_PI / 2
                           : margin + from_end * (G_PI - 2 * margin) / (k - 1);
          MgSeat *seat = &self->seats[index++];

          if (s != from_end)
            angle = G_PI - angle;

          seat->angle = angle;
          seat->radius = radius;
          seat->row = r;
          seat->x = 1.0 + radius * cos (angle);
          seat->y = radius * sin (angle);
        }
    }
  g_assert (index == n_seats);

  qsort (self->seats, n_seats, sizeof (MgSeat), compare_seats);
  return self;
}

void
mg_hemicycle_free (MgHemicycle *self)
{
  if (self == NULL)
    return;
  g_free (self->seats);
  g_free (self);
}

/**
 * mg_hemicycle_majority_line:
 * @majority: seats needed for a majority, 1 to n_seats
 *
 * The line between the @majority-th and the next seat, left to right.
 */
MgMajorityLine
mg_hemicycle_majority_line (const MgHemicycle *self,
                            guint              majority)
{
  const MgSeat *last, *next;
  MgMajorityLine line;
  double gap;

  g_return_val_if_fail (self != NULL, (MgMajorityLine) { 0 });
  g_return_val_if_fail (majority >= 1 && majority <= self->n_seats, (MgMajorityLine) { 0 });

  last = &self->seats[majority - 1];
  if (majority == self->n_seats)
    return (MgMajorityLine) { 0, 0, 1 };
  next = &self->seats[majority];

  if (fabs (last->angle - next->angle) > SAME_ANGLE)
    {
      line.inner_angle = line.outer_angle = (last->angle + next->angle) / 2;
      line.break_radius = 1;
      return line;
    }

  /* Both in one radial column: inner seats of the column lie left of the
   * line, so it passes right of the column up to between the two rows and
   * left of it beyond. Half the angular gap to the neighbouring seats keeps
   * clear of both. */
  gap = G_MAXDOUBLE;
  for (guint i = 0; i < self->n_seats; i++)
    if (fabs (self->seats[i].angle - last->angle) > SAME_ANGLE)
      gap = MIN (gap, fabs (self->seats[i].angle - last->angle));
  if (gap == G_MAXDOUBLE)
    gap = G_PI / 4;
  line.inner_angle = last->angle - gap / 2;
  line.outer_angle = last->angle + gap / 2;
  line.break_radius = (last->radius + next->radius) / 2;
  return line;
}

/* Whether @seat lies left of (counterclockwise from) the majority line. */
gboolean
mg_hemicycle_left_of_line (const MgMajorityLine *line,
                           const MgSeat         *seat)
{
  double angle = atan2 (seat->y, seat->x - 1.0);

  if (hypot (seat->x - 1.0, seat->y) < line->break_radius)
    return angle > line->inner_angle;
  return angle > line->outer_angle;
}
