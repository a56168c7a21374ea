/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-chart-groups"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "mg-chart-colors.h"
#include "mg-chart-groups.h"
#include "mg-chart-layout-private.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-text-util.h"

/* A chart of a state counted by alliance draws each alliance's parties,
 * not the alliance as one colour: the wedge is the alliance's, the dots
 * in it its parties'. A thin arc just outside the hemicycle spans each
 * alliance's wedge, and the alliance's name and seats stand beyond the
 * arc's middle. */

/* Between the dots and the arc, and between the arc and the label. */
#define ARC_GAP   4.0
#define LABEL_GAP 4.0

typedef struct {
  const char  *name;        /* the alliance's, owned by its party entry */
  guint32      rgb;
  gboolean     has_color;
  guint        first_party; /* its first party in the chart's list */
  guint        n_parties;
  guint        first_seat;  /* and its dots, left to right */
  guint        n_seats;
  PangoLayout *label;
  double       label_x, label_y;
  double       start_angle, end_angle, radius, cx, cy;
} Group;

struct _MgChartGroups
{
  GPtrArray *rows;   /* the alliance entries, for their names */
  GArray    *groups;
  GPtrArray *parties;
};

static void
clear_group (gpointer data)
{
  Group *group = data;

  g_clear_object (&group->label);
}

/**
 * mg_chart_groups_new:
 * @parties: an empty array, filled with what the chart draws: each of
 *   @state's parties, but an alliance's parties in its place where @state
 *   is counted by alliance
 *
 * Returns: (transfer full): @state's alliances, none when it is counted
 *   by party
 */
MgChartGroups *
mg_chart_groups_new (MgStateResult *state,
                     GPtrArray     *parties)
{
  MgChartGroups *self = g_new0 (MgChartGroups, 1);
  guint n = mg_state_result_get_n_parties (state);

  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->groups = g_array_new (FALSE, TRUE, sizeof (Group));
  g_array_set_clear_func (self->groups, clear_group);
  self->parties = g_ptr_array_ref (parties);
  for (guint i = 0; i < n; i++)
    {
      MgPartyResult *party = mg_state_result_get_party (state, i);
      GListModel *members = mg_party_result_get_members (party);
      guint n_members = members != NULL ? g_list_model_get_n_items (members) : 0;
      Group group = { 0 };

      if (n_members == 0)
        {
          g_ptr_array_add (parties, g_object_ref (party));
          continue;
        }
      group.name = mg_party_result_get_display_name (party);
      group.has_color = mg_party_result_get_color (party, &group.rgb);
      group.first_party = parties->len;
      group.n_parties = n_members;
      for (guint m = 0; m < n_members; m++)
        g_ptr_array_add (parties, g_list_model_get_item (members, m));
      g_ptr_array_add (self->rows, g_object_ref (party));
      g_array_append_val (self->groups, group);
    }
  return self;
}

void
mg_chart_groups_free (MgChartGroups *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->groups);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->parties);
  g_free (self);
}

guint
mg_chart_groups_get_n (MgChartGroups *self)
{
  return self->groups->len;
}

/**
 * mg_chart_groups_get:
 * @name: (out) (optional) (transfer none): the alliance's name
 * @first_seat: (out) (optional): its first dot, left to right
 * @n_seats: (out) (optional): its dots
 *
 * Alliance @index, once placed.
 */
void
mg_chart_groups_get (MgChartGroups *self,
                     guint          index,
                     const char   **name,
                     guint         *first_seat,
                     guint         *n_seats)
{
  const Group *group;

  g_return_if_fail (index < self->groups->len);

  group = &g_array_index (self->groups, Group, index);
  if (name != NULL)
    *name = group->name;
  if (first_seat != NULL)
    *first_seat = group->first_seat;
  if (n_seats != NULL)
    *n_seats = group->n_seats;
}

/**
 * mg_chart_groups_margin:
 *
 * Lays each alliance's label out ("NDA 293").
 *
 * Returns: the room the labels need around the hemicycle, 0 when there
 *   are no alliances
 */
double
mg_chart_groups_margin (MgChartGroups *self,
                        PangoContext  *context)
{
  double margin = 0;

  for (guint g = 0; g < self->groups->len; g++)
    {
      Group *group = &g_array_index (self->groups, Group, g);
      MgPartyResult *row = g_ptr_array_index (self->rows, g);
      g_autofree char *count = mg_text_format_count (mg_party_result_get_total (row));
      g_autofree char *text = g_strdup_printf ("%s %s", group->name, count);
      double h;

      g_clear_object (&group->label);
      group->label = mg_chart_text_new (context, text, 0.95, TRUE);
      mg_chart_text_size (group->label, NULL, &h);
      margin = MAX (margin, h + ARC_GAP + LABEL_GAP + 2);
    }
  return margin;
}

/**
 * mg_chart_groups_place:
 * @left: (scale): the hemicycle's box, in the chart's coordinates: its
 *   left, top and radius
 * @width: the chart's width, which the labels stay inside
 *
 * Finds each alliance's dots and puts its arc and label by them.
 */
void
mg_chart_groups_place (MgChartGroups     *self,
                       const MgHemicycle *hemicycle,
                       double             left,
                       double             top,
                       double             scale,
                       double             width)
{
  guint seat = 0, party = 0;

  for (guint g = 0; g < self->groups->len; g++)
    {
      Group *group = &g_array_index (self->groups, Group, g);
      double mid, w, h, x, y, c, s, r;

      for (; party < group->first_party; party++)
        seat += mg_party_result_get_total (g_ptr_array_index (self->parties, party));
      group->first_seat = MIN (seat, hemicycle->n_seats);
      for (guint p = 0; p < group->n_parties; p++, party++)
        seat += mg_party_result_get_total (g_ptr_array_index (self->parties, party));
      group->n_seats = MIN (seat, hemicycle->n_seats) - group->first_seat;
      if (group->n_seats == 0 || group->label == NULL)
        continue;

      group->cx = left + scale;
      group->cy = top + scale;
      group->radius = scale * (1 + hemicycle->dot_radius) + ARC_GAP;
      group->start_angle = hemicycle->seats[group->first_seat].angle;
      group->end_angle = hemicycle->seats[group->first_seat + group->n_seats - 1].angle;
      mid = (group->start_angle + group->end_angle) / 2;
      c = cos (mid);
      s = sin (mid);
      r = group->radius + LABEL_GAP;
      mg_chart_text_size (group->label, &w, &h);
      x = group->cx + r * c;
      y = group->cy - r * s;
      /* Outward from the arc: to the left on the left, up at the top. */
      if (c < -0.35)
        x -= w;
      else if (c <= 0.35)
        x -= w / 2;
      y -= s > 0.5 ? h : h / 2;
      group->label_x = CLAMP (x, 0, MAX (0, width - w));
      group->label_y = MAX (y, 0);
    }
}

/**
 * mg_chart_groups_draw:
 *
 * Draws each alliance's arc, in its colour where it has one, and its label.
 */
void
mg_chart_groups_draw (MgChartGroups       *self,
                      cairo_t             *cr,
                      const MgChartColors *colors)
{
  for (guint g = 0; g < self->groups->len; g++)
    {
      const Group *group = &g_array_index (self->groups, Group, g);
      /* Drawn a little inside the end dots, so that neighbours' arcs part. */
      double inset = MIN (0.008, (group->start_angle - group->end_angle) / 4);

      if (group->n_seats == 0 || group->label == NULL)
        continue;
      cairo_save (cr);
      cairo_new_path (cr);
      if (group->has_color)
        mg_chart_set_rgb (cr, group->rgb, 1);
      else
        cairo_set_source_rgba (cr, colors->fg[0], colors->fg[1], colors->fg[2], colors->fg[3]);
      cairo_set_line_width (cr, 3);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_arc (cr, group->cx, group->cy, group->radius, -group->start_angle + inset, -group->end_angle - inset);
      cairo_stroke (cr);
      cairo_restore (cr);

      cairo_set_source_rgba (cr, colors->fg[0], colors->fg[1], colors->fg[2], colors->fg[3]);
      cairo_move_to (cr, group->label_x, group->label_y);
      pango_cairo_show_layout (cr, group->label);
    }
}

/**
 * mg_chart_groups_party_color:
 * @state: a state, or its tally by alliance
 * @party: one of its parties, or of its alliances' members
 * @rgb: (out): the colour the chart draws @party's seats in
 *
 * Returns: %TRUE when @party is in @state's chart
 */
gboolean
mg_chart_groups_party_color (MgStateResult *state,
                             MgPartyResult *party,
                             guint32       *rgb)
{
  guint n = mg_state_result_get_n_parties (state), index = 0;

  for (guint i = 0; i < n; i++)
    {
      MgPartyResult *row = mg_state_result_get_party (state, i);
      GListModel *members = mg_party_result_get_members (row);
      guint n_members = members != NULL ? g_list_model_get_n_items (members) : 0;

      if (n_members == 0)
        {
          if (row == party)
            {
              *rgb = mg_chart_party_color (party, index);
              return TRUE;
            }
          index++;
          continue;
        }
      for (guint m = 0; m < n_members; m++, index++)
        {
          g_autoptr (MgPartyResult) member = g_list_model_get_item (members, m);

          if (member == party)
            {
              *rgb = mg_chart_party_color (party, index);
              return TRUE;
            }
        }
      /* The alliance's own colour, for its row in a table. */
      if (row == party)
        {
          *rgb = mg_chart_party_color (party, index);
          return TRUE;
        }
    }
  return FALSE;
}
