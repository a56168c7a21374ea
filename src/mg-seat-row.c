/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-seat-row"

#include "config.h"

#include "mg-candidate.h"
#include "mg-chart-colors.h"
#include "mg-constituency.h"
#include "mg-party-result.h"
#include "mg-seat-row.h"
#include "mg-state-result.h"

/* One seat in the seats list: its eight cells drawn by one widget, at the
 * columns' widths. A list keeps up to 200 rows alive; a row of one widget
 * instead of fifteen (a cell and a label a column) is what lets a search
 * show its seats within a frame. */
struct _MgSeatRow
{
  GtkWidget      parent_instance;

  MgSeatColumns *columns;
  char          *texts[MG_N_SEAT_COLUMNS];
  PangoLayout   *layouts[MG_N_SEAT_COLUMNS];
  int            layout_width[MG_N_SEAT_COLUMNS];
  gboolean       has_party;
  guint32        party_rgb;
  gboolean       watched;
  PangoLayout   *star;  /* before a watched seat's name */
};

G_DEFINE_FINAL_TYPE (MgSeatRow, mg_seat_row, GTK_TYPE_WIDGET)

/* The space above and below the text. */
#define VERTICAL_PADDING 8
#define SWATCH_SIZE 12
#define SWATCH_GAP 6

static void
on_columns_changed_cb (MgSeatRow *self)
{
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
mg_seat_row_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  MgSeatRow *self = MG_SEAT_ROW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = mg_seat_columns_get_min_width (self->columns);
  else
    *minimum = *natural = mg_seat_columns_get_line_height (self->columns) + 2 * VERTICAL_PADDING;
}

static void
append_swatch (MgSeatRow   *self,
               GtkSnapshot *snapshot,
               int          x,
               int          height)
{
  GskRoundedRect clip;
  GdkRGBA color = {
    ((self->party_rgb >> 16) & 0xff) / 255.0,
    ((self->party_rgb >> 8) & 0xff) / 255.0,
    (self->party_rgb & 0xff) / 255.0,
    1.0,
  };
  graphene_rect_t box = GRAPHENE_RECT_INIT (x, (height - SWATCH_SIZE) / 2.0, SWATCH_SIZE, SWATCH_SIZE);

  gsk_rounded_rect_init_from_rect (&clip, &box, 3);
  gtk_snapshot_push_rounded_clip (snapshot, &clip);
  gtk_snapshot_append_color (snapshot, &color, &box);
  gtk_snapshot_pop (snapshot);
}

/* A watched seat's star, in GNOME's yellow (it reads on light and dark),
 * on the row's baseline at @x. Returns: the room it took */
static int
append_star (MgSeatRow   *self,
             GtkSnapshot *snapshot,
             int          x,
             int          baseline)
{
  static const GdkRGBA yellow = { 0xe5 / 255.0, 0xa5 / 255.0, 0x0a / 255.0, 1.0 };
  int width;

  if (self->star == NULL)
    self->star = gtk_widget_create_pango_layout (GTK_WIDGET (self), "★");
  pango_layout_get_pixel_size (self->star, &width, NULL);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (x, baseline - PANGO_PIXELS (pango_layout_get_baseline (self->star))));
  gtk_snapshot_append_layout (snapshot, self->star, &yellow);
  gtk_snapshot_restore (snapshot);
  return width + SWATCH_GAP;
}

static void
create_layouts (MgSeatRow *self)
{
  g_autoptr (PangoAttrList) numeric = pango_attr_list_new ();

  /* Figures in columns, as the .numeric style class does for labels. */
  pango_attr_list_insert (numeric, pango_attr_font_features_new ("tnum=1"));
  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    {
      PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->texts[c]);

      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (layout, TRUE);
      if (mg_seat_column_is_numeric (c))
        {
          pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
          pango_layout_set_attributes (layout, numeric);
        }
      self->layouts[c] = layout;
      self->layout_width[c] = -1;
    }
}

static void
mg_seat_row_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  MgSeatRow *self = MG_SEAT_ROW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  int x[MG_N_SEAT_COLUMNS], w[MG_N_SEAT_COLUMNS];
  int baseline;
  GdkRGBA fg;

  if (self->texts[0] == NULL)
    return;
  if (self->layouts[0] == NULL)
    create_layouts (self);
  /* gtk_widget_get_color() is 4.10; this is the 4.8 way. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  /* Every cell's text on one baseline, the line centred in the row. */
  baseline = (height - mg_seat_columns_get_line_height (self->columns)) / 2 +
             mg_seat_columns_get_baseline (self->columns);
  mg_seat_columns_allocate (self->columns, width, x, w);
  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    {
      PangoLayout *layout = self->layouts[c];
      int left = x[c] + MG_SEAT_COLUMN_PADDING;
      int room = MAX (1, w[c] - 2 * MG_SEAT_COLUMN_PADDING);

      if (c == MG_SEAT_COLUMN_NAME && self->watched)
        {
          left += append_star (self, snapshot, left, baseline);
          room = MAX (1, x[c] + w[c] - MG_SEAT_COLUMN_PADDING - left);
        }
      if (c == MG_SEAT_COLUMN_PARTY && self->has_party)
        {
          append_swatch (self, snapshot, left, height);
          left += SWATCH_SIZE + SWATCH_GAP;
          room = MAX (1, room - SWATCH_SIZE - SWATCH_GAP);
        }
      if (self->layout_width[c] != room)
        {
          pango_layout_set_width (layout, room * PANGO_SCALE);
          self->layout_width[c] = room;
        }
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (left, baseline - PANGO_PIXELS (pango_layout_get_baseline (layout))));
      gtk_snapshot_append_layout (snapshot, layout, &fg);
      gtk_snapshot_restore (snapshot);
    }
}

/* The font may have changed: the layouts follow the widget's. */
static void
mg_seat_row_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  MgSeatRow *self = MG_SEAT_ROW (widget);

  GTK_WIDGET_CLASS (mg_seat_row_parent_class)->css_changed (widget, change);
  for (guint c = 0; c < MG_N_SEAT_COLUMNS && self->layouts[c] != NULL; c++)
    {
      pango_layout_context_changed (self->layouts[c]);
      self->layout_width[c] = -1;
    }
  g_clear_object (&self->star);
}

static void
mg_seat_row_dispose (GObject *object)
{
  MgSeatRow *self = MG_SEAT_ROW (object);

  if (self->columns != NULL)
    g_signal_handlers_disconnect_by_data (self->columns, self);
  g_clear_object (&self->columns);
  g_clear_object (&self->star);
  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    {
      g_clear_object (&self->layouts[c]);
      g_clear_pointer (&self->texts[c], g_free);
    }

  G_OBJECT_CLASS (mg_seat_row_parent_class)->dispose (object);
}

static void
mg_seat_row_class_init (MgSeatRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_seat_row_dispose;
  widget_class->measure = mg_seat_row_measure;
  widget_class->snapshot = mg_seat_row_snapshot;
  widget_class->css_changed = mg_seat_row_css_changed;
  gtk_widget_class_set_css_name (widget_class, "seatrow");
  /* The list's row is what a screen reader reads: its name says the seat,
   * its description every cell. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
mg_seat_row_init (MgSeatRow *self)
{
}

GtkWidget *
mg_seat_row_new (MgSeatColumns *columns)
{
  MgSeatRow *self;

  g_return_val_if_fail (MG_IS_SEAT_COLUMNS (columns), NULL);

  self = g_object_new (MG_TYPE_SEAT_ROW, NULL);
  self->columns = g_object_ref (columns);
  g_signal_connect_object (columns, "changed", G_CALLBACK (on_columns_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

/**
 * mg_seat_row_set_seat:
 *
 * Shows @seat of @state (again, when it changed).
 */
void
mg_seat_row_set_seat (MgSeatRow      *self,
                      MgStateResult  *state,
                      MgConstituency *seat)
{
  MgCandidate *leader;
  MgPartyResult *party;
  guint index = 0;

  g_return_if_fail (MG_IS_SEAT_ROW (self));
  g_return_if_fail (MG_IS_CONSTITUENCY (seat));

  /* Laid out when first drawn: most rows are never in sight. */
  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    {
      g_free (self->texts[c]);
      self->texts[c] = mg_seat_column_dup_text (c, state, seat);
      if (self->layouts[c] != NULL)
        pango_layout_set_text (self->layouts[c], self->texts[c], -1);
    }
  leader = mg_constituency_get_leader (seat);
  party = leader != NULL ? mg_state_result_find_party (state, mg_candidate_get_party_id (leader), &index)
                         : NULL;
  self->has_party = party != NULL;
  if (party != NULL)
    self->party_rgb = mg_chart_party_color (party, index);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Whether a star before the seat's name says it is watched. */
void
mg_seat_row_set_watched (MgSeatRow *self,
                         gboolean   watched)
{
  g_return_if_fail (MG_IS_SEAT_ROW (self));

  if (self->watched == !!watched)
    return;
  self->watched = !!watched;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * mg_seat_row_get_text:
 *
 * Returns: (nullable): the text @self shows in @column
 */
const char *
mg_seat_row_get_text (MgSeatRow    *self,
                      MgSeatColumn  column)
{
  g_return_val_if_fail (MG_IS_SEAT_ROW (self), NULL);
  g_return_val_if_fail (column < MG_N_SEAT_COLUMNS, NULL);

  return self->texts[column];
}
