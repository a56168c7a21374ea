/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-candidate-row"

#include "config.h"

#include "mg-candidate-row.h"

/* One candidate in a seat's detail, drawn by one widget: the name (bold
 * for the leader, wrapping when long), the party, dimmed, and the votes
 * with their share on one baseline; under them a bar of the share in the
 * party's colour. A seat's detail had a box, two lines, three labels and a
 * level bar for each candidate, about ten widgets, made anew for every
 * seat opened; this is one. What it shows is given as text by the seats
 * view (mg-seat-labels.c) and its row is named for screen readers there. */

#define GAP        12
#define BAR_HEIGHT 6
#define BAR_GAP    6

struct _MgCandidateRow
{
  GtkWidget    parent_instance;

  char        *texts[3];  /* name, party, votes */
  gboolean     leader;
  double       share;     /* 0 to 100 */
  guint32      rgb;
  PangoLayout *layouts[3];
};

G_DEFINE_FINAL_TYPE (MgCandidateRow, mg_candidate_row, GTK_TYPE_WIDGET)

static void
clear_layouts (MgCandidateRow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->layouts); i++)
    g_clear_object (&self->layouts[i]);
}

static void
ensure_layouts (MgCandidateRow *self)
{
  if (self->layouts[0] != NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (self->layouts); i++)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      self->layouts[i] = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->texts[i]);
      if (i == 0 && self->leader)
        pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      if (i == 2)
        pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
      pango_layout_set_attributes (self->layouts[i], attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_set_wrap (self->layouts[0], PANGO_WRAP_WORD_CHAR);
}

static int
layout_width (PangoLayout *layout)
{
  int w, h;

  pango_layout_set_width (layout, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  return w;
}

/* The name's room in @width, and the height of the text line. */
static int
text_height (MgCandidateRow *self,
             int             width,
             int            *name_room)
{
  int side = layout_width (self->layouts[1]) + layout_width (self->layouts[2]) + 2 * GAP;
  int room = MAX (40, width - side);
  int height = 0;

  pango_layout_set_width (self->layouts[0], room * PANGO_SCALE);
  for (guint i = 0; i < G_N_ELEMENTS (self->layouts); i++)
    {
      int w, h;

      pango_layout_get_pixel_size (self->layouts[i], &w, &h);
      height = MAX (height, h);
    }
  if (name_room != NULL)
    *name_room = room;
  return height;
}

static GtkSizeRequestMode
mg_candidate_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mg_candidate_row_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  MgCandidateRow *self = MG_CANDIDATE_ROW (widget);

  ensure_layouts (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int side = layout_width (self->layouts[1]) + layout_width (self->layouts[2]) + 2 * GAP;

      /* A name narrower than the least room given to one ("D") takes that. */
      *minimum = side + 40;
      *natural = side + MAX (40, layout_width (self->layouts[0]));
    }
  else
    {
      int width = for_size >= 0 ? for_size : layout_width (self->layouts[0]) + 400;

      *minimum = *natural = text_height (self, width, NULL) + BAR_GAP + BAR_HEIGHT;
    }
}

static void
append_layout (GtkSnapshot   *snapshot,
               PangoLayout   *layout,
               int            x,
               int            baseline,
               const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (x, baseline - PANGO_PIXELS (pango_layout_get_baseline (layout))));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
mg_candidate_row_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  MgCandidateRow *self = MG_CANDIDATE_ROW (widget);
  int width = gtk_widget_get_width (widget);
  int room, line, baseline, party_w, votes_w;
  GdkRGBA fg, dim, trough;
  GdkRGBA bar = { ((self->rgb >> 16) & 0xff) / 255.0, ((self->rgb >> 8) & 0xff) / 255.0,
                  (self->rgb & 0xff) / 255.0, 1 };
  GskRoundedRect rect;

  ensure_layouts (self);
  /* gtk_widget_get_color() is 4.10; this is the 4.8 way. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  dim = fg;
  dim.alpha *= 0.6;
  trough = fg;
  trough.alpha *= 0.12;

  line = text_height (self, width, &room);
  party_w = layout_width (self->layouts[1]);
  votes_w = layout_width (self->layouts[2]);
  pango_layout_set_width (self->layouts[0], room * PANGO_SCALE);
  /* The name's first line, the party and the votes on one baseline. */
  baseline = PANGO_PIXELS (pango_layout_get_baseline (self->layouts[0]));
  baseline = MAX (baseline, PANGO_PIXELS (pango_layout_get_baseline (self->layouts[1])));
  baseline = MAX (baseline, PANGO_PIXELS (pango_layout_get_baseline (self->layouts[2])));
  append_layout (snapshot, self->layouts[0], 0, baseline, &fg);
  append_layout (snapshot, self->layouts[1], width - votes_w - GAP - party_w, baseline, &dim);
  append_layout (snapshot, self->layouts[2], width - votes_w, baseline, &fg);

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (0, line + BAR_GAP, width, BAR_HEIGHT),
                                   BAR_HEIGHT / 2.0);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, &trough, &GRAPHENE_RECT_INIT (0, line + BAR_GAP, width, BAR_HEIGHT));
  gtk_snapshot_append_color (snapshot, &bar,
                             &GRAPHENE_RECT_INIT (0, line + BAR_GAP, width * CLAMP (self->share, 0, 100) / 100,
                                                  BAR_HEIGHT));
  gtk_snapshot_pop (snapshot);
}

/* The font may have changed: the layouts follow the widget's. */
static void
mg_candidate_row_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (mg_candidate_row_parent_class)->css_changed (widget, change);
  clear_layouts (MG_CANDIDATE_ROW (widget));
  gtk_widget_queue_resize (widget);
}

static void
mg_candidate_row_finalize (GObject *object)
{
  MgCandidateRow *self = MG_CANDIDATE_ROW (object);

  clear_layouts (self);
  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    g_free (self->texts[i]);
  G_OBJECT_CLASS (mg_candidate_row_parent_class)->finalize (object);
}

static void
mg_candidate_row_class_init (MgCandidateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mg_candidate_row_finalize;
  widget_class->get_request_mode = mg_candidate_row_get_request_mode;
  widget_class->measure = mg_candidate_row_measure;
  widget_class->snapshot = mg_candidate_row_snapshot;
  widget_class->css_changed = mg_candidate_row_css_changed;
  gtk_widget_class_set_css_name (widget_class, "candidaterow");
  /* The list row around it carries the candidate's sentence. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
mg_candidate_row_init (MgCandidateRow *self)
{
}

/**
 * mg_candidate_row_new:
 * @name: the candidate's name
 * @party: the party's name
 * @votes: the votes as shown ("60,000 · 54.5%")
 * @leader: whether the candidate leads the seat
 * @share: the share of the vote, 0 to 100
 * @rgb: the party's colour, for the bar
 */
GtkWidget *
mg_candidate_row_new (const char *name,
                      const char *party,
                      const char *votes,
                      gboolean    leader,
                      double      share,
                      guint32     rgb)
{
  MgCandidateRow *self = g_object_new (MG_TYPE_CANDIDATE_ROW, NULL);

  mg_candidate_row_set (self, name, party, votes, leader, share, rgb);
  return GTK_WIDGET (self);
}

/**
 * mg_candidate_row_set:
 *
 * Shows another candidate (the arguments as for mg_candidate_row_new()),
 * so that a seat's detail can keep its rows from one seat to the next:
 * a row given new text is measured again, nothing is made anew.
 */
void
mg_candidate_row_set (MgCandidateRow *self,
                      const char     *name,
                      const char     *party,
                      const char     *votes,
                      gboolean        leader,
                      double          share,
                      guint32         rgb)
{
  const char *texts[G_N_ELEMENTS (self->texts)] = { name, party, votes };
  gboolean resize = leader != self->leader;

  g_return_if_fail (MG_IS_CANDIDATE_ROW (self));

  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    if (g_strcmp0 (texts[i], self->texts[i]) != 0)
      {
        g_free (self->texts[i]);
        self->texts[i] = g_strdup (texts[i]);
        resize = TRUE;
      }
  if (resize)
    {
      clear_layouts (self);
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
  else if (share != self->share || rgb != self->rgb)
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  self->leader = leader;
  self->share = share;
  self->rgb = rgb;
}

/**
 * mg_candidate_row_get_text:
 * @index: 0 for the name, 1 the party, 2 the votes
 */
const char *
mg_candidate_row_get_text (MgCandidateRow *self,
                           guint           index)
{
  g_return_val_if_fail (MG_IS_CANDIDATE_ROW (self), NULL);
  g_return_val_if_fail (index < G_N_ELEMENTS (self->texts), NULL);
  return self->texts[index];
}
