/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-seat-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-chart-layout.h"
#include "mg-constituency.h"
#include "mg-party-result.h"
#include "mg-seat-labels.h"
#include "mg-seat-chart.h"
#include "mg-state-result.h"
#include "mg-summary.h"

/* The seat chart of one state (hemicycle, majority bar, legend), drawn by
 * MgChartLayout. The layout is made for the allocated width and the current
 * numbers; GTK keeps the drawn frame until one of them changes, so an
 * unchanged feed costs no drawing at all. */
struct _MgSeatChart
{
  GtkWidget      parent_instance;

  MgStateResult *state;
  MgStateResult *seats_of;      /* whose constituencies the dots are, when not state's */
  gboolean       two_thirds;
  GtkWidget     *menu;          /* the chart's own menu, made when first opened */
  MgChartLayout *layout;        /* for the current width and numbers */
  MgChartLayout *measured;      /* made to measure a width not allocated (yet) */
  MgChartLayout *previous;      /* what was shown before a change, while blending */
  gint64         blend_start;
  guint          tick_id;
  guint          n_draws;
  gboolean       description_dirty;
  gboolean       resize_on_map;

  /* The keyboard's dot: the arrows move it, Enter opens its seat. */
  GPtrArray     *dots;          /* a seat's MgConstituency (or NULL) by dot, built when asked */
  guint          cursor;        /* the dot's constituency number, or 0 for none */
  gboolean       cursor_dirty;  /* its sentence is to be said again */
};

G_DEFINE_FINAL_TYPE (MgSeatChart, mg_seat_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATE,
  PROP_TWO_THIRDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SEAT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A blend from old to new seats lasts this long, when animations are on. */
#define BLEND_USEC (250 * 1000)

/**
 * mg_chart_colors_from_widget:
 *
 * The colours a chart drawn in @widget takes from the theme: its text
 * colour, and the base colour it sits on.
 */
void
mg_chart_colors_from_widget (GtkWidget     *widget,
                             MgChartColors *colors)
{
  GtkStyleContext *context;
  GdkRGBA fg, bg;
  gboolean has_bg;

  /* gtk_widget_get_color() is 4.10; this is the 4.8 way. The chart sits on
   * a notebook page, which the theme paints in its base colour. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (widget);
  gtk_style_context_get_color (context, &fg);
  has_bg = gtk_style_context_lookup_color (context, "theme_base_color", &bg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  colors->fg[0] = fg.red;
  colors->fg[1] = fg.green;
  colors->fg[2] = fg.blue;
  colors->fg[3] = fg.alpha;
  /* The undecided seats' outline takes the text colour at half strength:
   * grey on either style, yet above 3:1 against the background. */
  colors->neutral[0] = fg.red;
  colors->neutral[1] = fg.green;
  colors->neutral[2] = fg.blue;
  colors->neutral[3] = 0.55;
  if (has_bg)
    {
      colors->bg[0] = bg.red;
      colors->bg[1] = bg.green;
      colors->bg[2] = bg.blue;
    }
  else
    {
      /* A theme without that name: white under dark text, black under light. */
      colors->bg[0] = colors->bg[1] = colors->bg[2] = 1 - (fg.red + fg.green + fg.blue) / 3 > 0.5;
    }
  colors->bg[3] = 1;
}

static gboolean
animations_enabled (MgSeatChart *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled,
                NULL);
  return enabled;
}

static gboolean
blend_tick (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  MgSeatChart *self = MG_SEAT_CHART (widget);

  if (gdk_frame_clock_get_frame_time (clock) - self->blend_start >= BLEND_USEC)
    {
      g_clear_pointer (&self->previous, mg_chart_layout_free);
      self->tick_id = 0;
      gtk_widget_queue_draw (widget);
      return G_SOURCE_REMOVE;
    }
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

static void
describe_now (MgSeatChart *self)
{
  g_autofree char *description = mg_summary_dup_chart_description (self->state);

  self->description_dirty = FALSE;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

/* What the chart says to screen readers. A chart out of sight keeps the
 * description it has until it is shown again, so hidden charts of many
 * states cost nothing on an update. */
static void
update_description (MgSeatChart *self)
{
  if (self->state == NULL)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->description_dirty = TRUE;
  else
    describe_now (self);
}

/* The numbers changed: relayout, and blend from what was on screen. */
static void
on_state_changed_cb (MgSeatChart   *self,
                     MgStateResult *state)
{
  MgChartLayout *old = g_steal_pointer (&self->layout);

  g_clear_pointer (&self->measured, mg_chart_layout_free);
  g_clear_pointer (&self->dots, g_ptr_array_unref);
  update_description (self);
  /* The keyboard's seat is said again once the new dots are laid out. */
  self->cursor_dirty = self->cursor != 0;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      /* Out of sight (another state's tab): measure again when shown. */
      mg_chart_layout_free (old);
      self->resize_on_map = TRUE;
      return;
    }
  if (old == NULL)
    {
      gtk_widget_queue_resize (GTK_WIDGET (self));
      return;
    }

  if (animations_enabled (self) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_clear_pointer (&self->previous, mg_chart_layout_free);
      self->previous = old;
      self->blend_start = g_get_monotonic_time ();
      if (self->tick_id == 0)
        self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), blend_tick, NULL, NULL);
    }
  else
    {
      mg_chart_layout_free (old);
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static MgChartLayout *
new_layout (MgSeatChart *self,
            int          width)
{
  return mg_chart_layout_new_full (self->state, gtk_widget_get_pango_context (GTK_WIDGET (self)), width,
                                   MG_CHART_LAYOUT_LEGEND | (self->two_thirds ? MG_CHART_LAYOUT_TWO_THIRDS : 0));
}

static MgChartLayout *
ensure_layout (MgSeatChart *self,
               int          width)
{
  if (self->state == NULL)
    return NULL;
  if (self->layout != NULL && mg_chart_layout_get_width (self->layout) == MAX (width, 120))
    return self->layout;

  g_clear_pointer (&self->layout, mg_chart_layout_free);
  /* Measuring usually made it already: the width asked for is the one given. */
  if (self->measured != NULL && mg_chart_layout_get_width (self->measured) == MAX (width, 120))
    {
      self->layout = g_steal_pointer (&self->measured);
      return self->layout;
    }
  self->layout = new_layout (self, width);
  return self->layout;
}

static GtkSizeRequestMode
mg_seat_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mg_seat_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  MgSeatChart *self = MG_SEAT_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 720;
      return;
    }

  if (self->state == NULL)
    {
      *minimum = *natural = 0;
      return;
    }
  if (for_size < 0)
    for_size = 720;
  {
    MgChartLayout *layout;

    /* Measuring another width must not throw away the layout on show; the
     * one made to measure is kept for when that width is allocated. */
    if (self->layout != NULL && mg_chart_layout_get_width (self->layout) == MAX (for_size, 120))
      layout = self->layout;
    else if (self->measured != NULL &&
             mg_chart_layout_get_width (self->measured) == MAX (for_size, 120))
      layout = self->measured;
    else
      {
        g_clear_pointer (&self->measured, mg_chart_layout_free);
        layout = self->measured = new_layout (self, for_size);
      }
    *minimum = *natural = (int) mg_chart_layout_get_height (layout);
  }
}

/* The state whose constituencies the dots stand for: a state counted by
 * alliance lists none of its own. */
static MgStateResult *
seats_state (MgSeatChart *self)
{
  return self->seats_of != NULL ? self->seats_of : self->state;
}

/* Each dot's constituency, left to right: a party's won seats then its
 * leading ones, widest margin first (as mg_state_result_dup_party_seats()
 * orders them). Undecided dots and seats the feed does not list have none. */
static GPtrArray *
ensure_dots (MgSeatChart *self)
{
  MgPartyResult *run_party = NULL;
  MgChartSeatKind run_kind = MG_CHART_SEAT_UNDECIDED;
  g_autoptr (GPtrArray) run = NULL;
  guint n;

  if (self->dots != NULL || self->layout == NULL)
    return self->dots;

  n = mg_chart_layout_get_n_seats (self->layout);
  self->dots = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      MgPartyResult *party;
      MgChartSeatKind kind;
      guint rank;

      mg_chart_layout_get_seat_owner (self->layout, i, &party, &kind, &rank);
      if (party == NULL || kind == MG_CHART_SEAT_UNDECIDED)
        {
          g_ptr_array_add (self->dots, NULL);
          continue;
        }
      if (run == NULL || party != run_party || kind != run_kind)
        {
          g_clear_pointer (&run, g_ptr_array_unref);
          run = mg_state_result_dup_party_seats (seats_state (self), mg_party_result_get_id (party),
                                                 kind == MG_CHART_SEAT_WON
                                                   ? MG_SEAT_STATUS_DECLARED
                                                   : MG_SEAT_STATUS_COUNTING);
          run_party = party;
          run_kind = kind;
        }
      g_ptr_array_add (self->dots, rank < run->len ? g_ptr_array_index (run, rank) : NULL);
    }
  return self->dots;
}

/* The dot of constituency @number, or -1. */
static int
dot_of (MgSeatChart *self,
        guint        number)
{
  GPtrArray *dots = ensure_dots (self);

  if (dots == NULL || number == 0)
    return -1;
  for (guint i = 0; i < dots->len; i++)
    {
      MgConstituency *seat = g_ptr_array_index (dots, i);

      if (seat != NULL && mg_constituency_get_number (seat) == number)
        return (int) i;
    }
  return -1;
}

/* Returns: (transfer full) (nullable): the keyboard's dot's seat as a
 * sentence, if it is on one */
static char *
dup_cursor_sentence (MgSeatChart *self)
{
  int dot = dot_of (self, self->cursor);

  return dot >= 0 ? mg_seat_labels_dup_sentence (seats_state (self), g_ptr_array_index (self->dots, dot))
                  : NULL;
}

/* The chart's name: the keyboard's dot's seat, which a screen reader says
 * as the dot moves, or "Seat chart". */
static void
describe_cursor (MgSeatChart *self)
{
  g_autofree char *sentence = dup_cursor_sentence (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sentence != NULL ? sentence : _("Seat chart"), -1);
}

/* Scrolls the page the chart is on so that the keyboard's dot is in sight:
 * the chart is taller than the window, and focusing it scrolls to its end. */
static void
scroll_to_cursor (MgSeatChart *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *vadj;
  double x, y, radius, vx, vy;
  guint32 rgb;
  MgChartSeatKind kind;
  int dot = dot_of (self, self->cursor);

  if (scrolled == NULL || dot < 0 || self->layout == NULL)
    return;
  mg_chart_layout_get_seat (self->layout, dot, &x, &y, &radius, &rgb, &kind);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self),
                                         gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                         x, y, &vx, &vy))
    return;
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  vy += gtk_adjustment_get_value (vadj);
  gtk_adjustment_clamp_page (vadj, vy - 4 * radius, vy + 4 * radius);
}

/* Puts the keyboard's dot on constituency @number (0: none). */
static void
set_cursor (MgSeatChart *self,
            guint        number)
{
  if (self->cursor == number)
    return;
  self->cursor = number;
  describe_cursor (self);
  scroll_to_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Moves the keyboard's dot by @step dots (a large step stops at the last
 * dot with a seat), skipping the dots that have no constituency; from
 * where it is, or with @from_edge from before the first or after the last. */
static void
move_cursor (MgSeatChart *self,
             int          step,
             gboolean     from_edge)
{
  GPtrArray *dots = ensure_dots (self);
  int from = from_edge ? -1 : dot_of (self, self->cursor), last_seat = -1;
  int dir = step > 0 ? 1 : -1;

  if (dots == NULL)
    return;
  if (from < 0)
    from = step > 0 ? -1 : (int) dots->len;
  for (int i = from + dir, moved = 0; i >= 0 && i < (int) dots->len; i += dir)
    {
      if (g_ptr_array_index (dots, i) == NULL)
        continue;
      last_seat = i;
      if (++moved == ABS (step))
        break;
    }
  if (last_seat >= 0)
    set_cursor (self, mg_constituency_get_number (g_ptr_array_index (dots, last_seat)));
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        modifiers,
                   MgSeatChart           *self)
{
  if ((modifiers & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 ||
      self->state == NULL || mg_state_result_get_n_constituencies (seats_state (self)) == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_cursor (self, 1, FALSE);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_cursor (self, -1, FALSE);
      return TRUE;
    case GDK_KEY_Page_Down:
      move_cursor (self, 10, FALSE);
      return TRUE;
    case GDK_KEY_Page_Up:
      move_cursor (self, -10, FALSE);
      return TRUE;
    case GDK_KEY_Home:
      move_cursor (self, 1, TRUE);
      return TRUE;
    case GDK_KEY_End:
      move_cursor (self, -1, TRUE);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (self->cursor == 0)
        return FALSE;
      g_signal_emit (self, signals[SEAT_ACTIVATED], 0, self->cursor);
      return TRUE;
    default:
      return FALSE;
    }
}

/* Leaving the chart puts the keyboard's dot away, and the chart's name back. */
static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   MgSeatChart             *self)
{
  set_cursor (self, 0);
}

/* A ring around the keyboard's dot, in the text colour. */
static void
draw_cursor (MgSeatChart         *self,
             cairo_t             *cr,
             const MgChartColors *colors)
{
  double x, y, radius;
  guint32 rgb;
  MgChartSeatKind kind;
  int dot;

  if (self->cursor == 0 || !gtk_widget_has_focus (GTK_WIDGET (self)) ||
      (dot = dot_of (self, self->cursor)) < 0)
    return;
  mg_chart_layout_get_seat (self->layout, dot, &x, &y, &radius, &rgb, &kind);
  cairo_set_source_rgba (cr, colors->fg[0], colors->fg[1], colors->fg[2], colors->fg[3]);
  cairo_set_line_width (cr, MAX (1.5, radius * 0.35));
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, radius * 1.6, 0, 2 * G_PI);
  cairo_stroke (cr);
}

static void
mg_seat_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MgSeatChart *self = MG_SEAT_CHART (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  MgChartLayout *layout = ensure_layout (self, width);
  MgChartColors colors;
  double progress = 1;
  cairo_t *cr;

  if (layout == NULL || width <= 0 || height <= 0)
    return;

  mg_chart_colors_from_widget (widget, &colors);
  if (self->previous != NULL)
    progress = CLAMP ((double) (g_get_monotonic_time () - self->blend_start) / BLEND_USEC, 0, 1);

  self->n_draws++;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  mg_chart_layout_draw (layout, cr, &colors, self->previous, progress);
  draw_cursor (self, cr, &colors);
  cairo_destroy (cr);
  if (self->cursor_dirty)
    {
      self->cursor_dirty = FALSE;
      describe_cursor (self);
    }
}

/* The constituency whose dot is at (@x, @y), if the feed lists it. */
static MgConstituency *
seat_at (MgSeatChart *self,
         double       x,
         double       y)
{
  GPtrArray *dots = ensure_dots (self);
  int dot;

  if (dots == NULL || (dot = mg_chart_layout_seat_at (self->layout, x, y)) < 0)
    return NULL;
  return g_ptr_array_index (dots, dot);
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      MgSeatChart     *self)
{
  MgConstituency *seat = seat_at (self, x, y);

  if (seat != NULL)
    g_signal_emit (self, signals[SEAT_ACTIVATED], 0, mg_constituency_get_number (seat));
}

/* The chart's menu, at (@x, @y): the two-thirds mark. */
static void
popup_menu (MgSeatChart *self,
            double       x,
            double       y)
{
  GdkRectangle at = { (int) x, (int) y, 1, 1 };

  if (self->menu == NULL)
    {
      g_autoptr (GMenu) menu = g_menu_new ();

      /* TRANSLATORS: the seat chart's menu: a line at two thirds of the
       * seats, the share a constitutional amendment needs */
      g_menu_append (menu, _("Show _Two-Thirds Mark"), "chart.two-thirds");
      /* The window's, for the chart shown */
      g_menu_append (menu, _("_Copy Chart"), "win.copy-chart");
      g_menu_append (menu, _("_Export Chart…"), "win.export-chart");
      self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
      gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &at);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
on_menu_pressed_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    MgSeatChart     *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu (self, x, y);
}

/* Shift+F10 or the Menu key: the menu at the top of the chart. */
static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  popup_menu (MG_SEAT_CHART (widget), gtk_widget_get_width (widget) / 2.0, 0);
}

static void
mg_seat_chart_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  MgSeatChart *self = MG_SEAT_CHART (widget);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static gboolean
mg_seat_chart_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard,
                             GtkTooltip *tooltip)
{
  MgSeatChart *self = MG_SEAT_CHART (widget);
  MgPartyResult *party;
  MgConstituency *seat;
  g_autofree char *text = NULL;

  if (self->layout == NULL)
    return FALSE;
  if (keyboard)
    {
      if ((text = dup_cursor_sentence (self)) == NULL)
        return FALSE;
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  /* A dot is a constituency, when the feed lists them. */
  if ((seat = seat_at (self, x, y)) != NULL)
    {
      text = mg_seat_labels_dup_sentence (seats_state (self), seat);
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  party = mg_chart_layout_hit (self->layout, x, y);
  if (party == NULL)
    return FALSE;

  text = mg_summary_dup_party_line (party);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
mg_seat_chart_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  MgSeatChart *self = MG_SEAT_CHART (widget);

  GTK_WIDGET_CLASS (mg_seat_chart_parent_class)->css_changed (widget, change);
  /* Fonts may have changed: lay out anew. */
  g_clear_pointer (&self->layout, mg_chart_layout_free);
  g_clear_pointer (&self->measured, mg_chart_layout_free);
  gtk_widget_queue_resize (widget);
}

static void
mg_seat_chart_map (GtkWidget *widget)
{
  MgSeatChart *self = MG_SEAT_CHART (widget);

  GTK_WIDGET_CLASS (mg_seat_chart_parent_class)->map (widget);
  if (self->description_dirty)
    update_description (self);
  if (self->resize_on_map)
    {
      self->resize_on_map = FALSE;
      gtk_widget_queue_resize (widget);
    }
}

static void
mg_seat_chart_unmap (GtkWidget *widget)
{
  MgSeatChart *self = MG_SEAT_CHART (widget);

  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (widget, self->tick_id);
      self->tick_id = 0;
    }
  g_clear_pointer (&self->previous, mg_chart_layout_free);

  GTK_WIDGET_CLASS (mg_seat_chart_parent_class)->unmap (widget);
}

static void
mg_seat_chart_dispose (GObject *object)
{
  MgSeatChart *self = MG_SEAT_CHART (object);

  mg_seat_chart_set_state (self, NULL);
  g_clear_object (&self->seats_of);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->layout, mg_chart_layout_free);
  g_clear_pointer (&self->measured, mg_chart_layout_free);
  g_clear_pointer (&self->previous, mg_chart_layout_free);
  g_clear_pointer (&self->dots, g_ptr_array_unref);

  G_OBJECT_CLASS (mg_seat_chart_parent_class)->dispose (object);
}

static void
mg_seat_chart_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MgSeatChart *self = MG_SEAT_CHART (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    case PROP_TWO_THIRDS:
      g_value_set_boolean (value, self->two_thirds);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_seat_chart_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MgSeatChart *self = MG_SEAT_CHART (object);

  switch (prop_id)
    {
    case PROP_STATE:
      mg_seat_chart_set_state (self, g_value_get_object (value));
      break;
    case PROP_TWO_THIRDS:
      mg_seat_chart_set_two_thirds (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_seat_chart_class_init (MgSeatChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_seat_chart_dispose;
  object_class->get_property = mg_seat_chart_get_property;
  object_class->set_property = mg_seat_chart_set_property;

  widget_class->get_request_mode = mg_seat_chart_get_request_mode;
  widget_class->measure = mg_seat_chart_measure;
  widget_class->snapshot = mg_seat_chart_snapshot;
  widget_class->query_tooltip = mg_seat_chart_query_tooltip;
  widget_class->css_changed = mg_seat_chart_css_changed;
  widget_class->map = mg_seat_chart_map;
  widget_class->unmap = mg_seat_chart_unmap;
  widget_class->size_allocate = mg_seat_chart_size_allocate;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, MG_TYPE_STATE_RESULT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Whether the chart marks two thirds of the seats, the share a
   * constitutional amendment needs. */
  properties[PROP_TWO_THIRDS] =
    g_param_spec_boolean ("two-thirds", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "chart.two-thirds", "two-thirds");
  gtk_widget_class_install_action (widget_class, "chart.menu", NULL, menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "chart.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "chart.menu", NULL);

  /**
   * MgSeatChart::seat-activated:
   * @number: the constituency's number
   *
   * A constituency's dot was clicked, or chosen with the arrow keys and
   * Enter.
   */
  signals[SEAT_ACTIVATED] =
    g_signal_new ("seat-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "seatchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mg_seat_chart_init (MgSeatChart *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *key, *focus;

  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_menu_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  /* It takes the focus, so that a screen reader reads its description. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Seat chart"), -1);
}

GtkWidget *
mg_seat_chart_new (void)
{
  return g_object_new (MG_TYPE_SEAT_CHART, NULL);
}

/**
 * mg_seat_chart_get_state:
 *
 * Returns: (transfer none) (nullable): the state drawn
 */
MgStateResult *
mg_seat_chart_get_state (MgSeatChart *self)
{
  g_return_val_if_fail (MG_IS_SEAT_CHART (self), NULL);
  return self->state;
}

void
mg_seat_chart_set_state (MgSeatChart   *self,
                         MgStateResult *state)
{
  g_return_if_fail (MG_IS_SEAT_CHART (self));
  g_return_if_fail (state == NULL || MG_IS_STATE_RESULT (state));

  if (self->state == state)
    return;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_func (self->state, on_state_changed_cb, self);
  g_set_object (&self->state, state);
  if (state != NULL)
    g_signal_connect_object (state, "changed", G_CALLBACK (on_state_changed_cb), self,
                             G_CONNECT_SWAPPED);

  g_clear_pointer (&self->layout, mg_chart_layout_free);
  g_clear_pointer (&self->measured, mg_chart_layout_free);
  g_clear_pointer (&self->dots, g_ptr_array_unref);
  set_cursor (self, 0);
  /* Described from the start, shown or not: a screen reader may reach a
   * page before it has been shown. */
  if (state != NULL)
    describe_now (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/* How many times the chart has been drawn: for tests and benchmarks. */
guint
mg_seat_chart_get_n_draws (MgSeatChart *self)
{
  g_return_val_if_fail (MG_IS_SEAT_CHART (self), 0);
  return self->n_draws;
}

/**
 * mg_seat_chart_set_seats_of:
 * @state: (nullable): the state whose constituencies the dots stand for,
 *   when the chart shows it counted another way (by alliance); %NULL for
 *   the state drawn
 */
void
mg_seat_chart_set_seats_of (MgSeatChart   *self,
                            MgStateResult *state)
{
  g_return_if_fail (MG_IS_SEAT_CHART (self));

  if (g_set_object (&self->seats_of, state))
    g_clear_pointer (&self->dots, g_ptr_array_unref);
}

gboolean
mg_seat_chart_get_two_thirds (MgSeatChart *self)
{
  g_return_val_if_fail (MG_IS_SEAT_CHART (self), FALSE);
  return self->two_thirds;
}

void
mg_seat_chart_set_two_thirds (MgSeatChart *self,
                              gboolean     two_thirds)
{
  g_return_if_fail (MG_IS_SEAT_CHART (self));

  two_thirds = !!two_thirds;
  if (self->two_thirds == two_thirds)
    return;
  self->two_thirds = two_thirds;
  g_clear_pointer (&self->layout, mg_chart_layout_free);
  g_clear_pointer (&self->measured, mg_chart_layout_free);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TWO_THIRDS]);
}

/**
 * mg_seat_chart_get_dot_seat:
 * @index: a dot, left to right, of the chart as last laid out
 *
 * Returns: (transfer none) (nullable): the constituency dot @index stands
 *   for, when the feed lists it
 */
MgConstituency *
mg_seat_chart_get_dot_seat (MgSeatChart *self,
                            guint        index)
{
  GPtrArray *dots;

  g_return_val_if_fail (MG_IS_SEAT_CHART (self), NULL);

  dots = ensure_dots (self);
  return dots != NULL && index < dots->len ? g_ptr_array_index (dots, index) : NULL;
}
