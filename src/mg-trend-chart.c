/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-trend-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mg-chart-colors.h"
#include "mg-seat-chart.h"
#include "mg-summary.h"
#include "mg-text-util.h"
#include "mg-trend-chart.h"

/* A state's count over time: a line per party (its seats won and leading
 * at each snapshot, against time), the majority mark as a dashed line, a
 * ring where a party crossed it, and a thin line at the time shown. The
 * pointer or Left/Right/Home/End put a cursor on a snapshot, whose numbers
 * the tooltip, the "cursor" property's text and the chart's accessible name
 * give; the chart's accessible description says the whole trend in
 * sentences. */

#define MAX_LINES     6
#define MARGIN_LEFT   44.0
#define MARGIN_TOP    12.0
#define MARGIN_BOTTOM 28.0
#define LABEL_GAP     16.0

struct _MgTrendChart
{
  GtkWidget  parent_instance;

  MgTrend   *trend;
  char      *state_id;
  GTimeZone *zone;
  GDateTime *shown;   /* the time shown, NULL for live */
  int        cursor;  /* a point, or -1 */
};

G_DEFINE_FINAL_TYPE (MgTrendChart, mg_trend_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CURSOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

MgTrendState *
mg_trend_chart_get_state (MgTrendChart *self)
{
  g_return_val_if_fail (MG_IS_TREND_CHART (self), NULL);

  if (self->trend == NULL || self->state_id == NULL)
    return NULL;
  return mg_trend_find_state (self->trend, self->state_id);
}

/* The chart's area for the lines, inside the axes' labels. */
typedef struct {
  double   x, y, width, height;
  gint64   t0, t1;   /* the first and last points' times, µs */
  guint    top;      /* seats at the top of the scale */
} Frame;

static guint
nice_step (guint top)
{
  static const guint steps[] = { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (top / steps[i] <= 5)
      return steps[i];
  return 1000;
}

static gint64
to_usec (GDateTime *time)
{
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

static char *
end_label (MgTrendState *state,
           guint         party)
{
  guint n = mg_trend_state_get_n_points (state);
  g_autofree char *count = mg_text_format_count (mg_trend_state_get_total (state, n - 1, party));

  return g_strdup_printf ("%s %s", mg_trend_state_get_party (state, party)->name, count);
}

/* Room for the lines' labels at their ends, up to a third of the width. */
static double
right_margin (MgTrendChart *self,
              MgTrendState *state)
{
  g_autoptr (GArray) ranking = mg_trend_state_dup_ranking (state, MAX_LINES);
  int widest = 0;

  for (guint r = 0; r < ranking->len; r++)
    {
      g_autofree char *label = end_label (state, g_array_index (ranking, guint, r));
      g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), label);
      int width;

      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  return CLAMP (widest + 16, 32, gtk_widget_get_width (GTK_WIDGET (self)) / 3.0);
}

static gboolean
get_frame (MgTrendChart *self,
           MgTrendState *state,
           Frame        *frame)
{
  guint n = state != NULL ? mg_trend_state_get_n_points (state) : 0;
  guint top = 0, step;

  if (n == 0)
    return FALSE;
  frame->x = MARGIN_LEFT;
  frame->y = MARGIN_TOP;
  frame->width = MAX (1, gtk_widget_get_width (GTK_WIDGET (self)) - MARGIN_LEFT - right_margin (self, state));
  frame->height = MAX (1, gtk_widget_get_height (GTK_WIDGET (self)) - MARGIN_TOP - MARGIN_BOTTOM);
  frame->t0 = to_usec (mg_trend_state_get_time (state, 0));
  frame->t1 = to_usec (mg_trend_state_get_time (state, n - 1));
  for (guint party = 0; party < mg_trend_state_get_n_parties (state); party++)
    top = MAX (top, mg_trend_state_get_peak (state, party));
  /* The majority mark in sight, with room above the highest line. */
  top = MAX (top, mg_trend_state_get_majority (state));
  top = MAX (top + top / 10, 1);
  step = nice_step (top);
  frame->top = (top + step - 1) / step * step;
  if (mg_trend_state_get_seats (state) > 0)
    frame->top = MIN (frame->top, mg_trend_state_get_seats (state));
  return TRUE;
}

static double
x_of (const Frame *frame,
      GDateTime   *time)
{
  if (frame->t1 <= frame->t0)
    return frame->x + frame->width / 2;
  return frame->x + frame->width * (double) (to_usec (time) - frame->t0) /
                      (double) (frame->t1 - frame->t0);
}

static double
y_of (const Frame *frame,
      guint        seats)
{
  return frame->y + frame->height * (1 - MIN (1.0, (double) seats / frame->top));
}

/* The theme's colours, with the background as RGB for the contrast
 * arithmetic. */
typedef struct {
  double  fg[4];
  guint32 bg;
} Colors;

static void
get_colors (MgTrendChart *self,
            Colors       *colors)
{
  MgChartColors theme;

  mg_chart_colors_from_widget (GTK_WIDGET (self), &theme);
  memcpy (colors->fg, theme.fg, sizeof colors->fg);
  colors->bg = ((guint32) lround (theme.bg[0] * 255) << 16) | ((guint32) lround (theme.bg[1] * 255) << 8) |
               (guint32) lround (theme.bg[2] * 255);
}

static void
set_rgb (cairo_t *cr,
         guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

static void
set_fg (cairo_t      *cr,
        const Colors *colors,
        double        alpha)
{
  cairo_set_source_rgba (cr, colors->fg[0], colors->fg[1], colors->fg[2], colors->fg[3] * alpha);
}

static guint32
line_color (MgTrendState *state,
            guint         party,
            const Colors *colors)
{
  const MgTrendParty *info = mg_trend_state_get_party (state, party);
  guint32 rgb = info->has_color ? info->rgb : mg_chart_fallback_color (party);

  return mg_chart_leading_color (rgb, colors->bg);
}

/* Draws @text with its @xalign point (0 left, 0.5 centre, 1 right) at @x
 * and its middle at @y. */
static void
draw_text (MgTrendChart *self,
           cairo_t      *cr,
           const char   *text,
           double        x,
           double        y,
           double        xalign)
{
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - width * xalign, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_axes (MgTrendChart *self,
           cairo_t      *cr,
           MgTrendState *state,
           const Frame  *frame,
           const Colors *colors)
{
  guint step = nice_step (frame->top);
  guint n = mg_trend_state_get_n_points (state);
  guint n_ticks = MIN (n, (guint) MAX (2, frame->width / 90));

  cairo_set_line_width (cr, 1);
  for (guint seats = 0; seats <= frame->top; seats += step)
    {
      g_autofree char *label = mg_text_format_count (seats);
      double y = round (y_of (frame, seats)) + 0.5;

      set_fg (cr, colors, seats == 0 ? 0.4 : 0.12);
      cairo_move_to (cr, frame->x, y);
      cairo_line_to (cr, frame->x + frame->width, y);
      cairo_stroke (cr);
      set_fg (cr, colors, 0.7);
      draw_text (self, cr, label, frame->x - 8, y, 1);
    }
  /* Times under the axis, evenly spread over the points. */
  for (guint i = 0; i < n_ticks; i++)
    {
      guint point = n_ticks == 1 ? 0 : (guint) lround ((double) i * (n - 1) / (n_ticks - 1));
      GDateTime *time = mg_trend_state_get_time (state, point);
      g_autofree char *clock = mg_summary_format_hour (time, self->zone);

      set_fg (cr, colors, 0.7);
      draw_text (self, cr, clock, x_of (frame, time), frame->y + frame->height + MARGIN_BOTTOM / 2 + 2,
                 n_ticks == 1 ? 0.5 : (double) i / (n_ticks - 1));
    }
}

static void
draw_majority (MgTrendChart *self,
               cairo_t      *cr,
               MgTrendState *state,
               const Frame  *frame,
               const Colors *colors)
{
  guint majority = mg_trend_state_get_majority (state);
  double y = round (y_of (frame, majority)) + 0.5;
  g_autofree char *label = NULL;
  static const double dash[] = { 5, 4 };

  if (majority == 0 || majority > frame->top)
    return;
  set_fg (cr, colors, 0.8);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, frame->x, y);
  cairo_line_to (cr, frame->x + frame->width, y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  /* TRANSLATORS: the majority mark's label on the trend chart */
  label = g_strdup_printf (_("Majority %u"), majority);
  draw_text (self, cr, label, frame->x + 4, y - 9, 0);
}

static void
draw_lines (MgTrendChart *self,
            cairo_t      *cr,
            MgTrendState *state,
            const Frame  *frame,
            const Colors *colors)
{
  g_autoptr (GArray) ranking = mg_trend_state_dup_ranking (state, MAX_LINES);
  g_autoptr (GArray) crossings = mg_trend_state_find_crossings (state);
  guint n = mg_trend_state_get_n_points (state);
  double last_label = -G_MAXDOUBLE;
  g_autofree double *label_y = NULL;

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  /* The least first, so that the leader's line is on top. */
  for (guint r = ranking->len; r > 0; r--)
    {
      guint party = g_array_index (ranking, guint, r - 1);

      set_rgb (cr, line_color (state, party, colors));
      cairo_set_line_width (cr, r == 1 ? 3 : 2);
      cairo_new_path (cr);
      for (guint point = 0; point < n; point++)
        cairo_line_to (cr, x_of (frame, mg_trend_state_get_time (state, point)),
                       y_of (frame, mg_trend_state_get_total (state, point, party)));
      if (n == 1)
        cairo_rel_line_to (cr, 0.01, 0);
      cairo_stroke (cr);
    }
  /* Each line's party and last figure at its end, top to bottom, never on
   * top of each other nor below the axis. */
  label_y = g_new (double, MAX (ranking->len, 1));
  for (guint r = 0; r < ranking->len; r++)
    {
      guint total = mg_trend_state_get_total (state, n - 1, g_array_index (ranking, guint, r));

      label_y[r] = MAX (y_of (frame, total), last_label + LABEL_GAP);
      last_label = label_y[r];
    }
  for (guint r = ranking->len; r > 0; r--)
    label_y[r - 1] = MIN (label_y[r - 1], r == ranking->len ? frame->y + frame->height : label_y[r] - LABEL_GAP);
  for (guint r = 0; r < ranking->len; r++)
    {
      guint party = g_array_index (ranking, guint, r);
      g_autofree char *label = end_label (state, party);

      set_rgb (cr, line_color (state, party, colors));
      draw_text (self, cr, label, frame->x + frame->width + 8, label_y[r], 0);
    }
  for (guint c = 0; c < crossings->len; c++)
    {
      MgTrendCrossing *crossing = &g_array_index (crossings, MgTrendCrossing, c);
      double x = x_of (frame, mg_trend_state_get_time (state, crossing->point));
      double y = y_of (frame, mg_trend_state_get_total (state, crossing->point, crossing->party));

      set_rgb (cr, colors->bg);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, 6, 0, 2 * G_PI);
      cairo_fill_preserve (cr);
      set_rgb (cr, line_color (state, crossing->party, colors));
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
    }
}

/* A thin line at the time shown, and the cursor's line with a dot on each
 * party's line. */
static void
draw_marks (MgTrendChart *self,
            cairo_t      *cr,
            MgTrendState *state,
            const Frame  *frame,
            const Colors *colors)
{
  int shown = self->shown != NULL ? mg_trend_state_find_point (state, self->shown) : -1;

  cairo_set_line_width (cr, 1);
  if (shown >= 0)
    {
      double x = round (x_of (frame, mg_trend_state_get_time (state, (guint) shown))) + 0.5;

      set_fg (cr, colors, 0.6);
      cairo_new_path (cr);
      cairo_move_to (cr, x, frame->y);
      cairo_line_to (cr, x, frame->y + frame->height);
      cairo_stroke (cr);
    }
  if (self->cursor >= 0 && (guint) self->cursor < mg_trend_state_get_n_points (state))
    {
      g_autoptr (GArray) ranking = mg_trend_state_dup_ranking (state, MAX_LINES);
      GDateTime *time = mg_trend_state_get_time (state, (guint) self->cursor);
      double x = round (x_of (frame, time)) + 0.5;
      static const double dash[] = { 2, 3 };

      set_fg (cr, colors, 0.9);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, x, frame->y);
      cairo_line_to (cr, x, frame->y + frame->height);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      for (guint r = 0; r < ranking->len; r++)
        {
          guint party = g_array_index (ranking, guint, r);

          set_rgb (cr, line_color (state, party, colors));
          cairo_new_path (cr);
          cairo_arc (cr, x, y_of (frame, mg_trend_state_get_total (state, (guint) self->cursor, party)), 4, 0,
                     2 * G_PI);
          cairo_fill (cr);
        }
    }
}

static void
mg_trend_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  MgTrendChart *self = MG_TREND_CHART (widget);
  MgTrendState *state = mg_trend_chart_get_state (self);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  Frame frame;
  Colors colors;
  cairo_t *cr;

  if (!get_frame (self, state, &frame) || width <= 0 || height <= 0)
    return;
  get_colors (self, &colors);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_axes (self, cr, state, &frame, &colors);
  draw_majority (self, cr, state, &frame, &colors);
  draw_lines (self, cr, state, &frame, &colors);
  draw_marks (self, cr, state, &frame, &colors);
  cairo_destroy (cr);
}

static void
mg_trend_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 560;
    }
  else
    {
      *minimum = 200;
      *natural = 280;
    }
}

static void
describe (MgTrendChart *self)
{
  MgTrendState *state = mg_trend_chart_get_state (self);
  g_autofree char *description = state != NULL ? mg_trend_state_dup_description (state, self->zone) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "", -1);
}

/* The chart's name: the numbers at the cursor, which a screen reader says
 * as the cursor moves, or the chart's title. */
static void
describe_cursor (MgTrendChart *self)
{
  g_autofree char *text = mg_trend_chart_dup_cursor_text (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* TRANSLATORS: the trend chart's name for screen readers */
                                  text != NULL ? text : _("Seats won and leading over time"), -1);
}

static void
set_cursor (MgTrendChart *self,
            int           cursor)
{
  if (cursor == self->cursor)
    return;
  self->cursor = cursor;
  describe_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR]);
}

static void
on_trend_changed_cb (MgTrendChart *self)
{
  MgTrendState *state = mg_trend_chart_get_state (self);

  if (state == NULL || self->cursor >= (int) mg_trend_state_get_n_points (state))
    set_cursor (self, -1);
  else
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR]);
  describe (self);
  describe_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The point nearest @x, or -1. */
static int
point_at (MgTrendChart *self,
          double        x)
{
  MgTrendState *state = mg_trend_chart_get_state (self);
  Frame frame;
  int best = -1;
  double best_distance = G_MAXDOUBLE;

  if (!get_frame (self, state, &frame))
    return -1;
  for (guint point = 0; point < mg_trend_state_get_n_points (state); point++)
    {
      double distance = fabs (x_of (&frame, mg_trend_state_get_time (state, point)) - x);

      if (distance < best_distance)
        {
          best_distance = distance;
          best = (int) point;
        }
    }
  return best;
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              MgTrendChart             *self)
{
  set_cursor (self, point_at (self, x));
}

static gboolean
on_query_tooltip_cb (MgTrendChart *self,
                     int           x,
                     int           y,
                     gboolean      keyboard,
                     GtkTooltip   *tooltip)
{
  g_autofree char *text = NULL;

  if (!keyboard)
    set_cursor (self, point_at (self, x));
  text = mg_trend_chart_dup_cursor_text (self);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   MgTrendChart          *self)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return mg_trend_chart_move_cursor (self, -1);
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return mg_trend_chart_move_cursor (self, 1);
    case GDK_KEY_Home:
      return mg_trend_chart_move_cursor (self, G_MININT);
    case GDK_KEY_End:
      return mg_trend_chart_move_cursor (self, G_MAXINT);
    default:
      return FALSE;
    }
}

static void
mg_trend_chart_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MgTrendChart *self = MG_TREND_CHART (object);

  switch (prop_id)
    {
    case PROP_CURSOR:
      g_value_set_int (value, self->cursor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_trend_chart_dispose (GObject *object)
{
  MgTrendChart *self = MG_TREND_CHART (object);

  if (self->trend != NULL)
    g_signal_handlers_disconnect_by_data (self->trend, self);
  g_clear_object (&self->trend);
  G_OBJECT_CLASS (mg_trend_chart_parent_class)->dispose (object);
}

static void
mg_trend_chart_finalize (GObject *object)
{
  MgTrendChart *self = MG_TREND_CHART (object);

  g_free (self->state_id);
  g_clear_pointer (&self->zone, g_time_zone_unref);
  g_clear_pointer (&self->shown, g_date_time_unref);
  G_OBJECT_CLASS (mg_trend_chart_parent_class)->finalize (object);
}

static void
mg_trend_chart_class_init (MgTrendChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = mg_trend_chart_get_property;
  object_class->dispose = mg_trend_chart_dispose;
  object_class->finalize = mg_trend_chart_finalize;
  widget_class->snapshot = mg_trend_chart_snapshot;
  widget_class->measure = mg_trend_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "trendchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);

  /* The point the pointer or the keys are on, or -1. */
  properties[PROP_CURSOR] = g_param_spec_int ("cursor", NULL, NULL, -1, G_MAXINT, -1,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                                              G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_trend_chart_init (MgTrendChart *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->cursor = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  describe_cursor (self);
}

GtkWidget *
mg_trend_chart_new (void)
{
  return g_object_new (MG_TYPE_TREND_CHART, NULL);
}

/**
 * mg_trend_chart_set_trend:
 * @trend: (nullable): the count over time
 * @state_id: (nullable): the state of it to draw
 */
void
mg_trend_chart_set_trend (MgTrendChart *self,
                          MgTrend      *trend,
                          const char   *state_id)
{
  g_return_if_fail (MG_IS_TREND_CHART (self));

  if (self->trend != trend)
    {
      if (self->trend != NULL)
        g_signal_handlers_disconnect_by_data (self->trend, self);
      g_set_object (&self->trend, trend);
      if (trend != NULL)
        g_signal_connect_swapped (trend, "changed", G_CALLBACK (on_trend_changed_cb), self);
    }
  g_free (self->state_id);
  self->state_id = g_strdup (state_id);
  on_trend_changed_cb (self);
}

/* @zone: (nullable): the zone times are told in; %NULL for the user's */
void
mg_trend_chart_set_zone (MgTrendChart *self,
                         GTimeZone    *zone)
{
  g_return_if_fail (MG_IS_TREND_CHART (self));

  g_clear_pointer (&self->zone, g_time_zone_unref);
  self->zone = zone != NULL ? g_time_zone_ref (zone) : NULL;
  describe (self);
  describe_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* @shown: (nullable): the time of the results shown; %NULL for live */
void
mg_trend_chart_set_shown (MgTrendChart *self,
                          GDateTime    *shown)
{
  g_return_if_fail (MG_IS_TREND_CHART (self));

  g_clear_pointer (&self->shown, g_date_time_unref);
  self->shown = shown != NULL ? g_date_time_ref (shown) : NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
mg_trend_chart_get_cursor (MgTrendChart *self)
{
  g_return_val_if_fail (MG_IS_TREND_CHART (self), -1);
  return self->cursor;
}

/**
 * mg_trend_chart_move_cursor:
 * @step: points to move by; G_MININT for the first, G_MAXINT for the last
 *
 * Without a cursor, a step back starts from the last point.
 *
 * Returns: whether the cursor moved
 */
gboolean
mg_trend_chart_move_cursor (MgTrendChart *self,
                            int           step)
{
  MgTrendState *state = mg_trend_chart_get_state (self);
  int last, from, to;

  g_return_val_if_fail (MG_IS_TREND_CHART (self), FALSE);

  if (state == NULL || mg_trend_state_get_n_points (state) == 0)
    return FALSE;
  last = (int) mg_trend_state_get_n_points (state) - 1;
  from = self->cursor >= 0 ? self->cursor : step < 0 ? last + 1 : -1;
  to = step == G_MININT ? 0 : step == G_MAXINT ? last : CLAMP (from + step, 0, last);
  if (to == self->cursor)
    return FALSE;
  set_cursor (self, to);
  return TRUE;
}

/* Returns: (nullable): the numbers at the cursor: "11:40: BJP 150, INC 20" */
char *
mg_trend_chart_dup_cursor_text (MgTrendChart *self)
{
  MgTrendState *state = mg_trend_chart_get_state (self);

  g_return_val_if_fail (MG_IS_TREND_CHART (self), NULL);

  if (state == NULL || self->cursor < 0 || (guint) self->cursor >= mg_trend_state_get_n_points (state))
    return NULL;
  return mg_trend_state_dup_point_text (state, (guint) self->cursor, self->zone);
}
