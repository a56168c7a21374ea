/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-seat-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-seat-columns.h"
#include "mg-seat-labels.h"
#include "mg-seat-text.h"
#include "mg-text-util.h"

/* The seats list's columns: their titles, each seat's text in them, their
 * order when sorted, and their widths, which the column titles and every
 * row share so that they line up. */
struct _MgSeatColumns
{
  GObject parent_instance;

  int     min_width[MG_N_SEAT_COLUMNS];
  int     line_height;
  int     line_baseline;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MgSeatColumns, mg_seat_columns, G_TYPE_OBJECT)

/* The room a column's text asks for, in the width of a digit. */
static const int content_chars[MG_N_SEAT_COLUMNS] = { 4, 8, 8, 9, 8, 8, 11, 15 };

/* A party's swatch and the space after it. */
#define SWATCH_ROOM 18

/* A title's sort arrow, the space before it and the button's padding. */
#define TITLE_ROOM 34

static void
mg_seat_columns_class_init (MgSeatColumnsClass *klass)
{
  /**
   * MgSeatColumns::changed:
   *
   * The columns' least widths changed (another font or language).
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mg_seat_columns_init (MgSeatColumns *self)
{
  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    self->min_width[c] = 60;
  self->line_height = 20;
  self->line_baseline = 15;
}

MgSeatColumns *
mg_seat_columns_new (void)
{
  return g_object_new (MG_TYPE_SEAT_COLUMNS, NULL);
}

const char *
mg_seat_column_title (MgSeatColumn column)
{
  switch (column)
    {
    case MG_SEAT_COLUMN_NUMBER:
      /* TRANSLATORS: the seats list's column of constituency numbers */
      return _("No.");
    case MG_SEAT_COLUMN_NAME:
      return _("Constituency");
    case MG_SEAT_COLUMN_LEADER:
      return _("Leading candidate");
    case MG_SEAT_COLUMN_PARTY:
      return _("Party");
    case MG_SEAT_COLUMN_VOTES:
      return _("Votes");
    case MG_SEAT_COLUMN_MARGIN:
      return _("Margin");
    case MG_SEAT_COLUMN_STATUS:
      return _("Status");
    case MG_SEAT_COLUMN_CHANGE:
      /* TRANSLATORS: the seats list's column of "Gain from INC" and "Held" */
      return _("Change");
    case MG_N_SEAT_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
mg_seat_column_is_numeric (MgSeatColumn column)
{
  return column == MG_SEAT_COLUMN_NUMBER || column == MG_SEAT_COLUMN_VOTES ||
         column == MG_SEAT_COLUMN_MARGIN;
}

/**
 * mg_seat_column_dup_text:
 *
 * Returns: what @column shows of @seat
 */
char *
mg_seat_column_dup_text (MgSeatColumn    column,
                         MgStateResult  *state,
                         MgConstituency *seat)
{
  MgCandidate *leader = mg_constituency_get_leader (seat);

  switch (column)
    {
    case MG_SEAT_COLUMN_NUMBER:
      return g_strdup_printf ("%u", mg_constituency_get_number (seat));
    case MG_SEAT_COLUMN_NAME:
      return mg_seat_labels_dup_name (seat);
    case MG_SEAT_COLUMN_LEADER:
      return g_strdup (leader != NULL ? mg_candidate_get_name (leader) : "—");
    case MG_SEAT_COLUMN_PARTY:
      return g_strdup (leader != NULL ? mg_seat_labels_party_name (state, mg_candidate_get_party_id (leader))
                                      : "—");
    case MG_SEAT_COLUMN_VOTES:
      return leader != NULL ? mg_text_format_count (mg_candidate_get_votes (leader)) : g_strdup ("—");
    case MG_SEAT_COLUMN_MARGIN:
      return leader != NULL ? mg_text_format_count (mg_constituency_get_margin (seat)) : g_strdup ("—");
    case MG_SEAT_COLUMN_STATUS:
      return mg_seat_text_dup_status (seat);
    case MG_SEAT_COLUMN_CHANGE:
      {
        /* Empty where the seat's previous holder is not known. */
        char *change = mg_seat_text_dup_change (state, seat);

        return change != NULL ? change : g_strdup ("");
      }
    case MG_N_SEAT_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * mg_seat_column_compare:
 *
 * Orders @a and @b by @column, smallest first: numbers by value, names as
 * the user reads them, status from declared to awaiting, seats without a
 * leader after those with one; the constituency number breaks ties.
 */
int
mg_seat_column_compare (MgSeatColumn    column,
                        MgStateResult  *state,
                        MgConstituency *a,
                        MgConstituency *b)
{
  switch (column)
    {
    case MG_SEAT_COLUMN_MARGIN:
      {
        gboolean la = mg_constituency_get_leader (a) != NULL, lb = mg_constituency_get_leader (b) != NULL;
        guint64 ma = mg_constituency_get_margin (a), mb = mg_constituency_get_margin (b);

        if (la != lb)
          return la ? -1 : 1;
        if (ma != mb)
          return ma < mb ? -1 : 1;
        break;
      }
    case MG_SEAT_COLUMN_VOTES:
      {
        MgCandidate *la = mg_constituency_get_leader (a), *lb = mg_constituency_get_leader (b);
        guint64 va = la ? mg_candidate_get_votes (la) : 0, vb = lb ? mg_candidate_get_votes (lb) : 0;

        if (va != vb)
          return va < vb ? -1 : 1;
        break;
      }
    case MG_SEAT_COLUMN_STATUS:
      if (mg_constituency_get_status (a) != mg_constituency_get_status (b))
        return (int) mg_constituency_get_status (a) - (int) mg_constituency_get_status (b);
      break;
    case MG_SEAT_COLUMN_NAME:
    case MG_SEAT_COLUMN_LEADER:
    case MG_SEAT_COLUMN_PARTY:
    case MG_SEAT_COLUMN_CHANGE:
      {
        g_autofree char *ta = mg_seat_column_dup_text (column, state, a);
        g_autofree char *tb = mg_seat_column_dup_text (column, state, b);
        int order = g_utf8_collate (ta, tb);

        if (order != 0)
          return order;
        break;
      }
    case MG_SEAT_COLUMN_NUMBER:
    case MG_N_SEAT_COLUMNS:
    default:
      break;
    }
  return (int) mg_constituency_get_number (a) - (int) mg_constituency_get_number (b);
}

/**
 * mg_seat_columns_measure:
 *
 * Finds each column's least width in @widget's font (room for its title
 * with a sort arrow, and for a few characters of its text) and the height
 * of a line.
 */
void
mg_seat_columns_measure (MgSeatColumns *self,
                         GtkWidget     *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  g_autoptr (PangoLayout) layout = pango_layout_new (context);
  g_autoptr (PangoAttrList) bold = pango_attr_list_new ();
  int digit = PANGO_PIXELS (pango_font_metrics_get_approximate_digit_width (metrics));
  int line_height;
  gboolean changed = FALSE;

  pango_font_metrics_unref (metrics);

  g_return_if_fail (MG_IS_SEAT_COLUMNS (self));

  /* The titles are bold (style.css). */
  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, bold);
  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    {
      int title_width, width;

      pango_layout_set_text (layout, mg_seat_column_title (c), -1);
      pango_layout_get_pixel_size (layout, &title_width, NULL);
      width = content_chars[c] * digit + 2 * MG_SEAT_COLUMN_PADDING;
      if (c == MG_SEAT_COLUMN_PARTY)
        width += SWATCH_ROOM;
      width = MAX (width, title_width + TITLE_ROOM);
      if (width != self->min_width[c])
        changed = TRUE;
      self->min_width[c] = width;
    }
  /* Every row is a line high, in either script: laying out a row's text
   * only to measure it would take as long as drawing it, and the list
   * keeps up to 200 rows, most of them out of sight. */
  pango_layout_set_attributes (layout, NULL);
  pango_layout_set_text (layout, "Ag जूनागढ़ क्षेत्र", -1);
  pango_layout_get_pixel_size (layout, NULL, &line_height);
  if (line_height != self->line_height)
    changed = TRUE;
  self->line_height = line_height;
  self->line_baseline = PANGO_PIXELS (pango_layout_get_baseline (layout));
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

int
mg_seat_columns_get_min_width (MgSeatColumns *self)
{
  int sum = 0;

  g_return_val_if_fail (MG_IS_SEAT_COLUMNS (self), 0);

  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    sum += self->min_width[c];
  return sum;
}

/**
 * mg_seat_columns_get_line_height:
 *
 * Returns: the height of a line of a row's text, in pixels
 */
int
mg_seat_columns_get_line_height (MgSeatColumns *self)
{
  g_return_val_if_fail (MG_IS_SEAT_COLUMNS (self), 0);
  return self->line_height;
}

/**
 * mg_seat_columns_get_baseline:
 *
 * Returns: where a line's baseline lies below its top, in pixels: every
 * cell's text sits on it, in either script
 */
int
mg_seat_columns_get_baseline (MgSeatColumns *self)
{
  g_return_val_if_fail (MG_IS_SEAT_COLUMNS (self), 0);
  return self->line_baseline;
}

/**
 * mg_seat_columns_allocate:
 * @x: (out caller-allocates) (array fixed-size=8): each column's left edge
 * @w: (out caller-allocates) (array fixed-size=8): each column's width
 *
 * Lays the columns out in @width: each gets its least width, and the
 * constituency and candidate names share what is left.
 */
void
mg_seat_columns_allocate (MgSeatColumns *self,
                          int            width,
                          int           *x,
                          int           *w)
{
  int extra = MAX (0, width - mg_seat_columns_get_min_width (self));
  int left = 0;

  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    {
      w[c] = self->min_width[c];
      if (c == MG_SEAT_COLUMN_NAME)
        w[c] += extra / 2;
      else if (c == MG_SEAT_COLUMN_LEADER)
        w[c] += extra - extra / 2;
      x[c] = left;
      left += w[c];
    }
}
