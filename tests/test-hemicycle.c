/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "mg-hemicycle.h"

static const guint sizes[] = { 1, 2, 3, 68, 182, 543, 1000, 10000 };

static void
test_counts (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr (MgHemicycle) h = mg_hemicycle_new (sizes[i]);
      g_autofree guint *per_row = g_new0 (guint, h->n_rows);
      guint total = 0;

      g_assert_cmpuint (h->n_seats, ==, sizes[i]);
      for (guint s = 0; s < h->n_seats; s++)
        {
          g_assert_cmpuint (h->seats[s].row, <, h->n_rows);
          per_row[h->seats[s].row]++;
        }
      for (guint r = 0; r < h->n_rows; r++)
        {
          double t = 1.0 / (4.0 * h->n_rows - 2.0);
          double radius = 0.5 + 2.0 * r * t;

          /* No row holds more than its capacity. */
          g_assert_cmpuint (per_row[r], <=, (guint) floor (G_PI * radius / (2 * t)));
          total += per_row[r];
        }
      g_assert_cmpuint (total, ==, sizes[i]);
    }
}

static int
compare_x (const void *a,
           const void *b)
{
  const MgSeat *sa = a, *sb = b;

  return sa->x < sb->x ? -1 : (sa->x > sb->x ? 1 : 0);
}

/* No two dots overlap: checked pairwise over a sweep in x. */
static void
test_no_overlap (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr (MgHemicycle) h = mg_hemicycle_new (sizes[i]);
      g_autofree MgSeat *seats = g_memdup2 (h->seats, sizeof (MgSeat) * h->n_seats);
      double min_distance = 2 * h->dot_radius;

      qsort (seats, h->n_seats, sizeof (MgSeat), compare_x);
      for (guint a = 0; a < h->n_seats; a++)
        {
          /* Every dot lies inside the 2 × 1 box. */
          g_assert_cmpfloat (seats[a].x - h->dot_radius, >=, -1e-9);
          g_assert_cmpfloat (seats[a].x + h->dot_radius, <=, 2 + 1e-9);
          g_assert_cmpfloat (seats[a].y + h->dot_radius, <=, 1 + 1e-9);
          g_assert_cmpfloat (seats[a].y - h->dot_radius, >=, -1e-9);

          for (guint b = a + 1; b < h->n_seats && seats[b].x - seats[a].x < min_distance; b++)
            {
              double d = hypot (seats[b].x - seats[a].x, seats[b].y - seats[a].y);

              if (d < min_distance - 1e-9)
                g_error ("N=%u: seats at (%g, %g) and (%g, %g) overlap", sizes[i], seats[a].x,
                         seats[a].y, seats[b].x, seats[b].y);
            }
        }
    }
}

/* Mirrored about x = 1, the figure is the same. */
static void
test_symmetric (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr (MgHemicycle) h = mg_hemicycle_new (sizes[i]);

      for (guint s = 0; s < h->n_seats; s++)
        {
          const MgSeat *seat = &h->seats[s];
          gboolean found = FALSE;

          for (guint m = 0; m < h->n_seats && !found; m++)
            found = h->seats[m].row == seat->row && fabs (h->seats[m].x - (2 - seat->x)) < 1e-9 &&
                    fabs (h->seats[m].y - seat->y) < 1e-9;
          if (!found)
            g_error ("N=%u: seat %u at (%g, %g) has no mirror image", sizes[i], s, seat->x, seat->y);
          if (sizes[i] >= 1000 && s > 600)
            break; /* the quadratic search is enough on a sample of the big ones */
        }
    }
}

/* Handed out in order, parties form wedges left to right: no seat of a later
 * party lies left of a seat of an earlier one. */
static void
test_party_order (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr (MgHemicycle) h = mg_hemicycle_new (sizes[i]);
      guint n_parties = MIN (5, sizes[i]);
      guint per_party = h->n_seats / n_parties;
      double previous_min = G_MAXDOUBLE;

      for (guint p = 0; p < n_parties; p++)
        {
          guint start = p * per_party;
          guint end = p + 1 == n_parties ? h->n_seats : start + per_party;
          double min_angle = G_MAXDOUBLE, max_angle = -G_MAXDOUBLE;

          for (guint s = start; s < end; s++)
            {
              min_angle = MIN (min_angle, h->seats[s].angle);
              max_angle = MAX (max_angle, h->seats[s].angle);
            }
          g_assert_cmpfloat (max_angle, <=, previous_min);
          previous_min = min_angle;
        }
    }
}

/* Exactly M seats lie left of the majority line, for every M. */
static void
test_majority_line (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr (MgHemicycle) h = mg_hemicycle_new (sizes[i]);
      guint step = sizes[i] > 600 ? 97 : 1;

      for (guint m = sizes[i] / 2 + 1; m <= sizes[i]; m += step)
        {
          MgMajorityLine line = mg_hemicycle_majority_line (h, m);
          guint left = 0;

          for (guint s = 0; s < h->n_seats; s++)
            left += mg_hemicycle_left_of_line (&line, &h->seats[s]);
          if (left != m)
            g_error ("N=%u, M=%u: %u seats left of the majority line", sizes[i], m, left);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hemicycle/counts", test_counts);
  g_test_add_func ("/hemicycle/no-overlap", test_no_overlap);
  g_test_add_func ("/hemicycle/symmetric", test_symmetric);
  g_test_add_func ("/hemicycle/party-order", test_party_order);
  g_test_add_func ("/hemicycle/majority-line", test_majority_line);

  return g_test_run ();
}
