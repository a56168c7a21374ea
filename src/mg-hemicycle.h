/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One seat of a hemicycle, in a 2 × 1 box with the centre at (1, 0), outer
 * radius 1 and y pointing up. */
typedef struct {
  double x;
  double y;
  double angle;   /* radians, π at the left end, 0 at the right */
  double radius;  /* distance from the centre */
  guint  row;     /* 0 innermost */
} MgSeat;

/* Where the majority line runs: a ray from the centre at @inner_angle up to
 * @break_radius, then at @outer_angle. Both angles are equal unless the
 * seats either side of the mark share an angle (a centre column), when the
 * line steps across that column between two rows. */
typedef struct {
  double inner_angle;
  double outer_angle;
  double break_radius;
} MgMajorityLine;

typedef struct {
  guint   n_seats;
  guint   n_rows;
  double  dot_radius;  /* of every seat, in the same units */
  MgSeat *seats;       /* sorted left to right: by angle from π down to 0 */
} MgHemicycle;

MgHemicycle   *mg_hemicycle_new            (guint              n_seats);
void           mg_hemicycle_free           (MgHemicycle       *self);
MgMajorityLine mg_hemicycle_majority_line  (const MgHemicycle *self,
                                            guint              majority);
gboolean       mg_hemicycle_left_of_line   (const MgMajorityLine *line,
                                            const MgSeat         *seat);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgHemicycle, mg_hemicycle_free)

G_END_DECLS
