/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-chart-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "mg-chart-groups.h"
#include "mg-chart-layout-private.h"
#include "mg-chart-layout.h"
#include "mg-chart-legend.h"
#include "mg-hemicycle.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-text-util.h"

/* Geometry and drawing of a state's seat chart: a hemicycle with the
 * majority line, a won/leading stacked bar with the majority mark, and a
 * legend. Plain cairo and Pango, so the window, printing and PDF export all
 * draw the same picture. A layout is made for one width and one set of
 * numbers; it is cheap to make and is remade when either changes. */

#define GAP           8.0
#define MAX_HEMICYCLE 560.0
#define BAR_HEIGHT    22.0

typedef struct {
  guint           party;  /* index into parties, or G_MAXUINT when undecided */
  MgChartSeatKind kind;
} SeatInfo;

struct _MgChartLayout
{
  MgStateResult  *state;
  GPtrArray      *parties;  /* as drawn: an alliance's parties in its place */
  MgChartGroups  *groups;
  guint32        *colors;
  guint           seats_total;
  guint           majority;
  MgHemicycle    *hemicycle;
  SeatInfo       *seats;
  /* Leading seats' ring colours, made for leading_background */
  guint32        *leading_colors;
  guint32         leading_background;
  double          width;
  double          height;

  /* Hemicycle, in layout coordinates */
  double          hemi_left;
  double          hemi_top;
  double          scale;
  MgMajorityLine  line;
  PangoLayout    *majority_label;
  double          majority_label_x;
  /* The two-thirds mark, when asked for */
  guint           two_thirds;
  MgMajorityLine  two_thirds_line;
  PangoLayout    *two_thirds_label;
  double          two_thirds_label_x;
  PangoLayout    *centre_number;
  PangoLayout    *centre_name;

  /* Bar */
  double          bar_x;
  double          bar_y;
  double          bar_width;
  PangoLayout    *bar_majority_label;
  double          bar_majority_label_x;
  double          bar_majority_label_y;
  PangoLayout    *decided_label;
  double          decided_y;

  MgChartLegend  *legend;
};

void
mg_chart_set_rgb (cairo_t *cr,
                  guint32  rgb,
                  double   alpha)
{
  cairo_set_source_rgba (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                         (rgb & 0xff) / 255.0, alpha);
}

/* Above 1, a scale in quarter steps. */
static double
quarter_step (double scale)
{
  return scale > 1 ? round (scale * 4) / 4 : scale;
}

PangoLayout *
mg_chart_text_new (PangoContext *context,
                   const char   *text,
                   double        scale,
                   gboolean      bold)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoAttrList *attrs = pango_attr_list_new ();

  if (scale != 1.0)
    pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

void
mg_chart_text_size (PangoLayout *layout,
                    double      *width,
                    double      *height)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

static void
assign_seats (MgChartLayout *self)
{
  guint index = 0;

  for (guint p = 0; p < self->parties->len; p++)
    {
      MgPartyResult *party = g_ptr_array_index (self->parties, p);
      guint won = mg_party_result_get_won (party);
      guint total = mg_party_result_get_total (party);

      /* Won seats first, so each party's wedge reads solid then ringed. */
      for (guint s = 0; s < total && index < self->seats_total; s++, index++)
        self->seats[index] = (SeatInfo) { p, s < won ? MG_CHART_SEAT_WON : MG_CHART_SEAT_LEADING };
    }
  for (; index < self->seats_total; index++)
    self->seats[index] = (SeatInfo) { G_MAXUINT, MG_CHART_SEAT_UNDECIDED };
}

/**
 * mg_chart_layout_new:
 * @context: the Pango context to lay text out with
 * @width: the width to lay the chart out in, in pixels
 *
 * Returns: (transfer full): the chart's geometry for @state at @width
 */
MgChartLayout *
mg_chart_layout_new (MgStateResult *state,
                     PangoContext  *context,
                     double         width)
{
  return mg_chart_layout_new_full (state, context, width, MG_CHART_LAYOUT_LEGEND);
}

/* The two-thirds mark of @seats: the seats a constitutional amendment
 * needs, were every member to vote. */
guint
mg_chart_two_thirds_of (guint seats)
{
  return (2 * seats + 2) / 3;
}

/* A label above the hemicycle, centred on where @line meets its rim. */
static PangoLayout *
rim_label (MgChartLayout        *self,
           PangoContext         *context,
           const char           *text,
           const MgMajorityLine *line,
           double               *x)
{
  PangoLayout *label = mg_chart_text_new (context, text, 0.9, TRUE);
  double w, ray_x = self->hemi_left + self->scale * (1 + cos (line->outer_angle));

  mg_chart_text_size (label, &w, NULL);
  *x = CLAMP (ray_x - w / 2, 0, MAX (0, self->width - w));
  return label;
}

/**
 * mg_chart_layout_new_full:
 * @flags: whether to lay out the legend (a printed summary whose table
 *   names many parties leaves it out) and the two-thirds mark
 *
 * Returns: (transfer full): the chart's geometry for @state at @width
 */
MgChartLayout *
mg_chart_layout_new_full (MgStateResult *state,
                          PangoContext  *context,
                          double         width,
                          MgChartLayoutFlags flags)
{
  MgChartLayout *self;
  MgPartyResult *leader;
  g_autofree char *majority_count = NULL;
  g_autofree char *majority_text = NULL;
  g_autofree char *decided_text = NULL;
  double y = 0, label_h, hemi_width, label_w, margin;

  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_new0 (MgChartLayout, 1);
  self->state = g_object_ref (state);
  self->width = MAX (width, 120);
  self->seats_total = mg_state_result_get_seats (state);
  self->majority = MIN (mg_state_result_get_majority (state), self->seats_total);

  self->parties = g_ptr_array_new_with_free_func (g_object_unref);
  self->groups = mg_chart_groups_new (state, self->parties);
  self->colors = g_new0 (guint32, MAX (self->parties->len, 1));
  for (guint i = 0; i < self->parties->len; i++)
    self->colors[i] = mg_chart_party_color (g_ptr_array_index (self->parties, i), i);

  self->hemicycle = mg_hemicycle_new (MAX (self->seats_total, 1));
  self->seats = g_new0 (SeatInfo, self->seats_total);
  assign_seats (self);
  self->line = mg_hemicycle_majority_line (self->hemicycle, MAX (self->majority, 1));

  majority_count = mg_text_format_count (self->majority);
  /* TRANSLATORS: the label of the majority line; %s is the seats needed, like "1,000" */
  majority_text = g_strdup_printf (_("Majority %s"), majority_count);

  /* Majority label above the hemicycle, at the top of the line; the
   * alliances' labels around it. */
  margin = mg_chart_groups_margin (self->groups, context);
  hemi_width = MIN (self->width - 2 * margin, MAX_HEMICYCLE);
  self->scale = hemi_width / 2;
  self->hemi_left = (self->width - hemi_width) / 2;
  self->majority_label = rim_label (self, context, majority_text, &self->line, &self->majority_label_x);
  mg_chart_text_size (self->majority_label, NULL, &label_h);
  self->hemi_top = label_h + 4 + margin;
  if (flags & MG_CHART_LAYOUT_TWO_THIRDS)
    {
      g_autofree char *count = NULL;
      g_autofree char *text = NULL;
      double majority_w, w;

      self->two_thirds = MIN (mg_chart_two_thirds_of (self->seats_total), self->seats_total);
      self->two_thirds_line = mg_hemicycle_majority_line (self->hemicycle, MAX (self->two_thirds, 1));
      count = mg_text_format_count (self->two_thirds);
      /* TRANSLATORS: the label of the chart's two-thirds mark, the seats a
       * constitutional amendment needs; %s is a number of seats */
      text = g_strdup_printf (_("Two-thirds %s"), count);
      self->two_thirds_label = rim_label (self, context, text, &self->two_thirds_line,
                                          &self->two_thirds_label_x);
      /* Beside the majority's label, never over it. */
      mg_chart_text_size (self->majority_label, &majority_w, NULL);
      mg_chart_text_size (self->two_thirds_label, &w, NULL);
      if (self->two_thirds_label_x < self->majority_label_x + majority_w + 8)
        self->two_thirds_label_x = MIN (self->majority_label_x + majority_w + 8, MAX (0, self->width - w));
    }
  mg_chart_groups_place (self->groups, self->hemicycle, self->hemi_left, self->hemi_top, self->scale,
                         self->width);
  y = self->hemi_top + self->scale + GAP;

  /* The leader's seats in the hollow of the hemicycle. */
  leader = mg_state_result_get_leader (state);
  if (leader != NULL)
    {
      g_autofree char *number = mg_text_format_count (mg_party_result_get_total (leader));

      /* Sizes grow with the chart in quarter steps: every size is a font
       * to load, and a chart measured at many widths would load many. */
      self->centre_number = mg_chart_text_new (context, number, quarter_step (MAX (1.0, self->scale / 110)),
                                       TRUE);
      self->centre_name = mg_chart_text_new (context, mg_party_result_get_display_name (leader),
                                     quarter_step (MAX (0.9, self->scale / 180)), FALSE);
    }

  /* The bar, its majority mark and the decided count. */
  self->bar_x = 0;
  self->bar_y = y;
  self->bar_width = self->width;
  y += BAR_HEIGHT + 4;
  self->bar_majority_label = mg_chart_text_new (context, majority_text, 0.9, FALSE);
  mg_chart_text_size (self->bar_majority_label, &label_w, &label_h);
  self->bar_majority_label_x =
    CLAMP (self->bar_width * self->majority / MAX (self->seats_total, 1) - label_w / 2, 0,
           MAX (0, self->width - label_w));
  self->bar_majority_label_y = y;
  y += label_h + 2;

  decided_text = mg_summary_dup_decided_line (state);
  self->decided_label = mg_chart_text_new (context, decided_text, 0.9, TRUE);
  pango_layout_set_width (self->decided_label, (int) (self->width * PANGO_SCALE));
  pango_layout_set_wrap (self->decided_label, PANGO_WRAP_WORD_CHAR);
  self->decided_y = y;
  mg_chart_text_size (self->decided_label, NULL, &label_h);
  y += label_h + GAP * 2;

  self->legend = mg_chart_legend_new ((flags & MG_CHART_LAYOUT_LEGEND) ? self->parties : NULL, self->colors,
                                      context, self->width, &y);
  self->height = ceil (y + 2);

  return self;
}

void
mg_chart_layout_free (MgChartLayout *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->state);
  g_clear_pointer (&self->groups, mg_chart_groups_free);
  g_clear_pointer (&self->parties, g_ptr_array_unref);
  g_clear_pointer (&self->colors, g_free);
  g_clear_pointer (&self->leading_colors, g_free);
  g_clear_pointer (&self->hemicycle, mg_hemicycle_free);
  g_clear_pointer (&self->seats, g_free);
  g_clear_object (&self->majority_label);
  g_clear_object (&self->two_thirds_label);
  g_clear_object (&self->centre_number);
  g_clear_object (&self->centre_name);
  g_clear_object (&self->bar_majority_label);
  g_clear_object (&self->decided_label);
  g_clear_pointer (&self->legend, mg_chart_legend_free);
  g_free (self);
}

double
mg_chart_layout_get_width (MgChartLayout *self)
{
  return self->width;
}

double
mg_chart_layout_get_height (MgChartLayout *self)
{
  return self->height;
}

guint
mg_chart_layout_get_n_seats (MgChartLayout *self)
{
  return self->seats_total;
}

static void
seat_position (MgChartLayout *self,
               guint          index,
               double        *x,
               double        *y)
{
  const MgSeat *seat = &self->hemicycle->seats[index];

  *x = self->hemi_left + seat->x * self->scale;
  *y = self->hemi_top + (1 - seat->y) * self->scale;
}

static guint32
seat_rgb (MgChartLayout *self,
          guint          index)
{
  return self->seats[index].party == G_MAXUINT ? 0 : self->colors[self->seats[index].party];
}

/**
 * mg_chart_layout_get_seat:
 *
 * Where seat @index (left to right) is drawn and what it shows.
 */
void
mg_chart_layout_get_seat (MgChartLayout   *self,
                          guint            index,
                          double          *x,
                          double          *y,
                          double          *radius,
                          guint32         *rgb,
                          MgChartSeatKind *kind)
{
  g_return_if_fail (index < self->seats_total);

  seat_position (self, index, x, y);
  *radius = self->hemicycle->dot_radius * self->scale;
  *rgb = seat_rgb (self, index);
  *kind = self->seats[index].kind;
}

/* The path of a won (a disc) or leading seat, to fill. */
void
mg_chart_dot_path (cairo_t         *cr,
                   double           x,
                   double           y,
                   double           r,
                   MgChartSeatKind  kind)
{
  g_assert (kind != MG_CHART_SEAT_UNDECIDED);

  if (kind == MG_CHART_SEAT_LEADING)
    {
      /* A ring: the centre stays open, so "leading" never reads as a paler "won". */
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc_negative (cr, x, y, r * 0.5, 2 * G_PI, 0);
    }
  else
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
    }
}

/* The path of an undecided seat: an empty circle, a thin dashed line in the
 * neutral colour. Its shape sets it apart from a won dot and a leading ring,
 * so a grey party's seats never read as "no result yet" or the other way
 * round. Each dash is a piece of a thin ring, to fill, with straight sides:
 * a dashed stroke, or arcs, cost cairo much more for hundreds of seats. */
void
mg_chart_open_dot_path (cairo_t *cr,
                        double   x,
                        double   y,
                        double   r)
{
  /* Thin next to a leading ring's band, but never a hairline. */
  double width = MAX (r * 0.16, MIN (1.5, r * 0.3));
  double inner = r - width;
  /* A whole number of dashes, so the circle closes without a seam. */
  guint n = CLAMP ((guint) round (2 * G_PI * r / (3.2 * width)), 6, 16);
  /* Straight pieces per side of a dash: within a fraction of a pixel of the arc. */
  guint pieces = 1 + (guint) (r / 24);
  double step = 2 * G_PI / n, dash = 0.6 * step;

  for (guint k = 0; k < n; k++)
    {
      double start = k * step;

      cairo_move_to (cr, x + r * cos (start), y + r * sin (start));
      for (guint i = 1; i <= pieces; i++)
        {
          double a = start + dash * i / pieces;

          cairo_line_to (cr, x + r * cos (a), y + r * sin (a));
        }
      for (guint i = 0; i <= pieces; i++)
        {
          double a = start + dash * (pieces - i) / pieces;

          cairo_line_to (cr, x + inner * cos (a), y + inner * sin (a));
        }
      cairo_close_path (cr);
    }
}

/* open_dot_path() at the origin, made once for all the seats of a chart. */
static cairo_path_t *
open_dot_lines (cairo_t *cr,
                double   r)
{
  cairo_path_t *path;

  cairo_new_path (cr);
  mg_chart_open_dot_path (cr, 0, 0, r);
  path = cairo_copy_path_flat (cr);
  cairo_new_path (cr);
  return path;
}

/* Appends @lines, from open_dot_lines(), moved to (@x, @y). */
static void
append_moved (cairo_t      *cr,
              cairo_path_t *lines,
              double        x,
              double        y)
{
  for (int i = 0; i < lines->num_data; i += lines->data[i].header.length)
    {
      const cairo_path_data_t *data = &lines->data[i];

      switch (data->header.type)
        {
        case CAIRO_PATH_MOVE_TO:
          cairo_move_to (cr, data[1].point.x + x, data[1].point.y + y);
          break;
        case CAIRO_PATH_LINE_TO:
          cairo_line_to (cr, data[1].point.x + x, data[1].point.y + y);
          break;
        case CAIRO_PATH_CLOSE_PATH:
          cairo_close_path (cr);
          break;
        case CAIRO_PATH_CURVE_TO:
        default:
          g_assert_not_reached ();
        }
    }
}

static guint32
rgba_to_rgb (const double *rgba)
{
  return ((guint32) lround (CLAMP (rgba[0], 0, 1) * 255) << 16) |
         ((guint32) lround (CLAMP (rgba[1], 0, 1) * 255) << 8) |
         (guint32) lround (CLAMP (rgba[2], 0, 1) * 255);
}

/* Each party's mg_chart_leading_color() on @background, made once. */
static const guint32 *
get_leading_colors (MgChartLayout *self,
                    guint32        background)
{
  if (self->leading_colors == NULL || self->leading_background != background)
    {
      if (self->leading_colors == NULL)
        self->leading_colors = g_new (guint32, MAX (self->parties->len, 1));
      for (guint p = 0; p < self->parties->len; p++)
        self->leading_colors[p] = mg_chart_leading_color (self->colors[p], background);
      self->leading_background = background;
    }
  return self->leading_colors;
}

/* What seat @index is drawn in: its party's colour when won, the ring's
 * when leading, @neutral when undecided. */
static guint32
seat_color (MgChartLayout *self,
            guint          index,
            guint32        background,
            guint32        neutral)
{
  const SeatInfo *seat = &self->seats[index];

  switch (seat->kind)
    {
    case MG_CHART_SEAT_WON:
      return self->colors[seat->party];
    case MG_CHART_SEAT_LEADING:
      return get_leading_colors (self, background)[seat->party];
    case MG_CHART_SEAT_UNDECIDED:
    default:
      return neutral;
    }
}

static void
draw_hemicycle (MgChartLayout       *self,
                cairo_t             *cr,
                const MgChartColors *colors,
                MgChartLayout       *previous,
                double               progress)
{
  double r = self->hemicycle->dot_radius * self->scale;
  gboolean animate = previous != NULL && previous->seats_total == self->seats_total && progress < 1;
  guint32 background = rgba_to_rgb (colors->bg), neutral = rgba_to_rgb (colors->neutral);
  cairo_path_t *open_dot = open_dot_lines (cr, r);

  if (!animate)
    {
      guint32 source = 0;

      /* One small fill per seat: cairo rasterises many small paths faster
       * than one path of many circles. The source only changes between
       * parties, and from won to leading. */
      for (guint i = 0; i < self->seats_total; i++)
        {
          const SeatInfo *seat = &self->seats[i];
          guint32 color = seat_color (self, i, background, neutral);
          double x, y;

          if (i == 0 || color != source || seat->kind != self->seats[i - 1].kind)
            {
              if (seat->kind == MG_CHART_SEAT_UNDECIDED)
                cairo_set_source_rgba (cr, colors->neutral[0], colors->neutral[1],
                                       colors->neutral[2], colors->neutral[3]);
              else
                mg_chart_set_rgb (cr, color, 1);
              source = color;
            }
          seat_position (self, i, &x, &y);
          if (seat->kind == MG_CHART_SEAT_UNDECIDED)
            append_moved (cr, open_dot, x, y);
          else
            mg_chart_dot_path (cr, x, y, r, seat->kind);
          cairo_fill (cr);
        }
      cairo_path_destroy (open_dot);
      return;
    }

  /* During a transition every seat blends from its old colour to its new
   * one, and takes its new shape halfway. */
  for (guint i = 0; i < self->seats_total; i++)
    {
      guint32 from = seat_color (previous, i, background, neutral);
      guint32 to = seat_color (self, i, background, neutral);
      MgChartSeatKind kind = progress < 0.5 ? previous->seats[i].kind : self->seats[i].kind;
      double x, y;

      seat_position (self, i, &x, &y);
      if (kind == MG_CHART_SEAT_UNDECIDED)
        append_moved (cr, open_dot, x, y);
      else
        mg_chart_dot_path (cr, x, y, r, kind);
      mg_chart_set_rgb (cr, mg_chart_mix_rgb (from, to, progress),
               kind == MG_CHART_SEAT_UNDECIDED ? colors->neutral[3] : 1);
      cairo_fill (cr);
    }
  cairo_path_destroy (open_dot);
}

/* The majority line, dashed, or the two-thirds mark, dotted, from the
 * hollow to the rim, and its label above. */
static void
draw_mark_line (MgChartLayout        *self,
                cairo_t              *cr,
                const MgChartColors  *colors,
                const MgMajorityLine *line,
                PangoLayout          *label,
                double                label_x,
                gboolean              dotted)
{
  double cx = self->hemi_left + self->scale, cy = self->hemi_top + self->scale;
  double inner = (0.5 - 1.2 * self->hemicycle->dot_radius) * self->scale;
  double outer = self->scale * 1.02 + 2;
  double dashes[] = { 4, 3 }, dots[] = { 1.5, 3 };

  cairo_save (cr);
  cairo_set_source_rgba (cr, colors->fg[0], colors->fg[1], colors->fg[2], 0.85);
  cairo_set_line_width (cr, MAX (1.5, self->scale / 240));
  if (dotted)
    cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
  else
    cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, cx + inner * cos (line->inner_angle), cy - inner * sin (line->inner_angle));
  if (line->inner_angle != line->outer_angle)
    {
      /* Step across a shared column between the two rows. */
      double rb = line->break_radius * self->scale;

      cairo_line_to (cr, cx + rb * cos (line->inner_angle), cy - rb * sin (line->inner_angle));
      cairo_arc_negative (cr, cx, cy, rb, -line->inner_angle, -line->outer_angle);
    }
  cairo_line_to (cr, cx + outer * cos (line->outer_angle), cy - outer * sin (line->outer_angle));
  cairo_stroke (cr);
  cairo_restore (cr);

  cairo_set_source_rgba (cr, colors->fg[0], colors->fg[1], colors->fg[2], colors->fg[3]);
  cairo_move_to (cr, label_x, 0);
  pango_cairo_show_layout (cr, label);
}

static void
draw_centre (MgChartLayout       *self,
             cairo_t             *cr,
             const MgChartColors *colors)
{
  MgPartyResult *leader = mg_state_result_get_leader (self->state);
  double hollow = (0.5 - 1.1 * self->hemicycle->dot_radius) * self->scale;
  double nw, nh, lw, lh;
  double cx = self->hemi_left + self->scale, cy = self->hemi_top + self->scale;

  if (self->centre_number == NULL || leader == NULL)
    return;

  mg_chart_text_size (self->centre_number, &nw, &nh);
  mg_chart_text_size (self->centre_name, &lw, &lh);
  /* Only when it fits inside the hollow. */
  if (MAX (nw, lw) > 1.6 * hollow || nh + lh > 0.9 * hollow)
    return;

  cairo_set_source_rgba (cr, colors->fg[0], colors->fg[1], colors->fg[2], colors->fg[3]);
  cairo_move_to (cr, cx - nw / 2, cy - nh - lh);
  pango_cairo_show_layout (cr, self->centre_number);
  cairo_set_source_rgba (cr, colors->fg[0], colors->fg[1], colors->fg[2], colors->fg[3] * 0.75);
  cairo_move_to (cr, cx - lw / 2, cy - lh);
  pango_cairo_show_layout (cr, self->centre_name);
}

/* Diagonal stripes of @rgb over a pale wash of it: "leading" in the bar,
 * told apart from "won" by pattern and not by shade alone. One small
 * repeating tile, which is far cheaper than stroking every stripe. */
static void
hatch (cairo_t *cr,
       double   x,
       double   y,
       double   width,
       double   height,
       guint32  rgb)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 6, 6);
  cairo_t *tile_cr = cairo_create (tile);
  cairo_pattern_t *pattern;

  mg_chart_set_rgb (tile_cr, rgb, 0.35);
  cairo_paint (tile_cr);
  mg_chart_set_rgb (tile_cr, rgb, 1);
  cairo_set_line_width (tile_cr, 2.2);
  /* One stripe, continued across the tile's corners so the tiles join. */
  cairo_move_to (tile_cr, -1, 7);
  cairo_line_to (tile_cr, 7, -1);
  cairo_move_to (tile_cr, -4, 4);
  cairo_line_to (tile_cr, 4, -4);
  cairo_move_to (tile_cr, 2, 10);
  cairo_line_to (tile_cr, 10, 2);
  cairo_stroke (tile_cr);
  cairo_destroy (tile_cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_set_source (cr, pattern);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_pattern_destroy (pattern);
}

static void
draw_bar (MgChartLayout       *self,
          cairo_t             *cr,
          const MgChartColors *colors)
{
  double x = self->bar_x, unit = self->bar_width / MAX (self->seats_total, 1);
  double mark, end = self->bar_x + self->bar_width;

  for (guint p = 0; p < self->parties->len; p++)
    {
      MgPartyResult *party = g_ptr_array_index (self->parties, p);
      double won = mg_party_result_get_won (party) * unit;
      double leading = mg_party_result_get_leading (party) * unit;

      mg_chart_set_rgb (cr, self->colors[p], 1);
      cairo_rectangle (cr, x, self->bar_y, won, BAR_HEIGHT);
      cairo_fill (cr);
      if (leading > 0)
        hatch (cr, x + won, self->bar_y, leading, BAR_HEIGHT, self->colors[p]);
      x += won + leading;
    }

  /* What no party has yet: an empty box with a dashed edge, like the
   * undecided seats, and no grey fill a grey party could be taken for. */
  if (end - x >= 1)
    {
      double dashes[] = { 4, 3 };

      cairo_save (cr);
      cairo_set_source_rgba (cr, colors->neutral[0], colors->neutral[1], colors->neutral[2],
                             colors->neutral[3]);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_rectangle (cr, x + 0.75, self->bar_y + 0.75, end - x - 1.5, BAR_HEIGHT - 1.5);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  mark = self->bar_x + self->majority * unit;
  cairo_set_source_rgba (cr, colors->fg[0], colors->fg[1], colors->fg[2], colors->fg[3]);
  cairo_rectangle (cr, round (mark) - 1, self->bar_y - 4, 2, BAR_HEIGHT + 8);
  cairo_fill (cr);
  if (self->two_thirds_label != NULL)
    {
      /* The two-thirds mark: a thinner tick, over the bar only. */
      mark = self->bar_x + self->two_thirds * unit;
      cairo_rectangle (cr, round (mark) - 0.5, self->bar_y - 2, 1, BAR_HEIGHT + 4);
      cairo_fill (cr);
    }

  cairo_move_to (cr, self->bar_majority_label_x, self->bar_majority_label_y);
  pango_cairo_show_layout (cr, self->bar_majority_label);
  cairo_move_to (cr, 0, self->decided_y);
  pango_cairo_show_layout (cr, self->decided_label);
}

/**
 * mg_chart_layout_draw:
 * @previous: (nullable): the layout shown before, to blend from
 * @progress: 0 to 1, how far the blend from @previous has gone
 *
 * Draws the chart with its top-left corner at the origin.
 */
void
mg_chart_layout_draw (MgChartLayout       *self,
                      cairo_t             *cr,
                      const MgChartColors *colors,
                      MgChartLayout       *previous,
                      double               progress)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  draw_hemicycle (self, cr, colors, previous, progress);
  mg_chart_groups_draw (self->groups, cr, colors);
  draw_mark_line (self, cr, colors, &self->line, self->majority_label, self->majority_label_x, FALSE);
  if (self->two_thirds_label != NULL)
    draw_mark_line (self, cr, colors, &self->two_thirds_line, self->two_thirds_label, self->two_thirds_label_x,
                    TRUE);
  draw_centre (self, cr, colors);
  draw_bar (self, cr, colors);
  mg_chart_legend_draw (self->legend, cr, colors);
  cairo_restore (cr);
}

/**
 * mg_chart_layout_hit:
 *
 * Returns: (transfer none) (nullable): the party whose seat, bar segment or
 *   legend entry is at (@x, @y)
 */
/**
 * mg_chart_layout_seat_at:
 *
 * Returns: the seat (left to right) whose dot is at (@x, @y), or -1
 */
int
mg_chart_layout_seat_at (MgChartLayout *self,
                         double         x,
                         double         y)
{
  double r = self->hemicycle->dot_radius * self->scale * 1.15;

  g_return_val_if_fail (self != NULL, -1);

  if (y < self->hemi_top || y > self->hemi_top + self->scale)
    return -1;
  for (guint i = 0; i < self->seats_total; i++)
    {
      double sx, sy;

      seat_position (self, i, &sx, &sy);
      if (fabs (sx - x) <= r && fabs (sy - y) <= r && hypot (sx - x, sy - y) <= r)
        return (int) i;
    }
  return -1;
}

/**
 * mg_chart_layout_get_seat_owner:
 * @index: a seat, left to right
 * @party: (out) (optional) (transfer none): the seat's party, or %NULL
 *   when undecided
 * @kind: (out) (optional): won, leading or undecided
 * @rank: (out) (optional): the seat's place among its party's seats of
 *   that kind, from the left
 *
 * Whose seat @index is: what a dot stands for.
 */
void
mg_chart_layout_get_seat_owner (MgChartLayout    *self,
                                guint             index,
                                MgPartyResult   **party,
                                MgChartSeatKind  *kind,
                                guint            *rank)
{
  guint first = index;

  g_return_if_fail (index < self->seats_total);

  while (first > 0 && self->seats[first - 1].party == self->seats[index].party &&
         self->seats[first - 1].kind == self->seats[index].kind)
    first--;
  if (party != NULL)
    *party = self->seats[index].party == G_MAXUINT
               ? NULL
               : g_ptr_array_index (self->parties, self->seats[index].party);
  if (kind != NULL)
    *kind = self->seats[index].kind;
  if (rank != NULL)
    *rank = index - first;
}

MgPartyResult *
mg_chart_layout_hit (MgChartLayout *self,
                     double         x,
                     double         y)
{
  MgPartyResult *seat_party = NULL;
  int seat;

  g_return_val_if_fail (self != NULL, NULL);

  if ((seat = mg_chart_layout_seat_at (self, x, y)) >= 0)
    {
      mg_chart_layout_get_seat_owner (self, (guint) seat, &seat_party, NULL, NULL);
      return seat_party;
    }

  if (y >= self->bar_y && y <= self->bar_y + BAR_HEIGHT)
    {
      double unit = self->bar_width / MAX (self->seats_total, 1), start = self->bar_x;

      for (guint p = 0; p < self->parties->len; p++)
        {
          MgPartyResult *party = g_ptr_array_index (self->parties, p);
          double end = start + mg_party_result_get_total (party) * unit;

          if (x >= start && x < end)
            return party;
          start = end;
        }
      return NULL;
    }

  return mg_chart_legend_hit (self->legend, x, y);
}

/* Returns: (transfer none): the chart's alliances, none when it shows a
 * state counted by party */
MgChartGroups *
mg_chart_layout_get_groups (MgChartLayout *self)
{
  return self->groups;
}

guint
mg_chart_layout_get_n_legend_items (MgChartLayout *self)
{
  return mg_chart_legend_get_n_items (self->legend);
}

/* Where legend entry @index is drawn. */
void
mg_chart_layout_get_legend_item (MgChartLayout *self,
                                 guint          index,
                                 double        *x,
                                 double        *y,
                                 double        *width,
                                 double        *height)
{
  mg_chart_legend_get_item (self->legend, index, x, y, width, height);
}
