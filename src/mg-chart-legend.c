/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-chart-legend"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "mg-chart-layout-private.h"
#include "mg-chart-legend.h"
#include "mg-party-result.h"
#include "mg-text-util.h"

/* The seat chart's legend: a swatch, name and seats for each party, then
 * the key to won, leading and no result. A file of past results lists
 * every party that stood, seventy in Gujarat; past a handful, the parties
 * that have no seat are one entry ("and 62 parties with no seat") so the
 * legend speaks of the parties in the chart. */

#define SWATCH       12.0
#define ITEM_SPACING 18.0
#define ROW_SPACING  6.0
/* Up to this many parties, each has its entry, seats or not. */
#define ALL_PARTIES  10

typedef enum {
  ITEM_PARTY,
  ITEM_MORE,
  ITEM_KEY_WON,
  ITEM_KEY_LEADING,
  ITEM_KEY_UNDECIDED,
} ItemKind;

typedef struct {
  ItemKind     kind;
  guint        party;
  double       x, y, width, height;
  PangoLayout *name;
  PangoLayout *count;
} LegendItem;

struct _MgChartLegend
{
  GPtrArray     *parties;
  const guint32 *colors;
  GArray        *items;
};

static void
clear_item (gpointer data)
{
  LegendItem *item = data;

  g_clear_object (&item->name);
  g_clear_object (&item->count);
}

/* Lays @item out at the pen (@x, @y), wrapping to a new row when full. */
static void
place_item (MgChartLegend *self,
            LegendItem    *item,
            double         width,
            double        *x,
            double        *y,
            double        *row_height)
{
  double name_w, name_h, count_w = 0, count_h = 0;
  double swatch = item->kind == ITEM_MORE ? 0 : SWATCH + 6;

  mg_chart_text_size (item->name, &name_w, &name_h);
  if (item->count != NULL)
    mg_chart_text_size (item->count, &count_w, &count_h);

  /* A name too long for the whole width wraps instead of being clipped. */
  if (swatch + name_w + 6 + count_w > width)
    {
      double available = MAX (40, width - swatch - 6 - count_w);

      pango_layout_set_width (item->name, (int) (available * PANGO_SCALE));
      pango_layout_set_wrap (item->name, PANGO_WRAP_WORD_CHAR);
      mg_chart_text_size (item->name, &name_w, &name_h);
    }

  item->width = swatch + name_w + (item->count != NULL ? 6 + count_w : 0);
  item->height = MAX (MAX (name_h, count_h), SWATCH);
  if (*x > 0 && *x + item->width > width)
    {
      *x = 0;
      *y += *row_height + ROW_SPACING;
      *row_height = 0;
    }
  item->x = *x;
  item->y = *y;
  *x += item->width + ITEM_SPACING;
  *row_height = MAX (*row_height, item->height);
  g_array_append_val (self->items, *item);
}

/**
 * mg_chart_legend_new:
 * @parties: (nullable): the chart's parties, in its order; %NULL for no
 *   legend at all
 * @colors: each party's colour, owned by the chart, which outlives the legend
 * @y: (inout): where the legend starts; set to where it ends
 *
 * Returns: (transfer full): the legend laid out in @width
 */
MgChartLegend *
mg_chart_legend_new (GPtrArray     *parties,
                     const guint32 *colors,
                     PangoContext  *context,
                     double         width,
                     double        *y)
{
  MgChartLegend *self = g_new0 (MgChartLegend, 1);
  double x = 0, row_height = 0;
  guint no_seat = 0;

  self->items = g_array_new (FALSE, TRUE, sizeof (LegendItem));
  g_array_set_clear_func (self->items, clear_item);
  self->colors = colors;
  if (parties == NULL)
    return self;
  self->parties = g_ptr_array_ref (parties);

  for (guint i = 0; i < parties->len; i++)
    {
      MgPartyResult *party = g_ptr_array_index (parties, i);
      guint total = mg_party_result_get_total (party);
      g_autofree char *count = NULL;
      LegendItem item = { ITEM_PARTY, i };

      if (total == 0 && parties->len > ALL_PARTIES)
        {
          no_seat++;
          continue;
        }
      item.name = mg_chart_text_new (context, mg_party_result_get_name (party), 1.0, TRUE);
      count = mg_text_format_count (total);
      item.count = mg_chart_text_new (context, count, 1.0, FALSE);
      place_item (self, &item, width, &x, y, &row_height);
    }
  if (no_seat > 0)
    {
      g_autofree char *count = mg_text_format_count (no_seat);
      /* TRANSLATORS: the chart's legend, after the parties with seats */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %s party with no seat",
                                                            "and %s parties with no seat", no_seat),
                                               count);
      LegendItem item = { ITEM_MORE, G_MAXUINT };

      item.name = mg_chart_text_new (context, text, 0.9, FALSE);
      place_item (self, &item, width, &x, y, &row_height);
    }
  for (ItemKind kind = ITEM_KEY_WON; kind <= ITEM_KEY_UNDECIDED; kind++)
    {
      LegendItem item = { kind, G_MAXUINT };

      item.name = mg_chart_text_new (context,
                                     kind == ITEM_KEY_WON       ? _("Won")
                                     : kind == ITEM_KEY_LEADING ? _("Leading")
                                                                : _("No result yet"),
                                     0.9, FALSE);
      place_item (self, &item, width, &x, y, &row_height);
    }
  *y += row_height;
  return self;
}

void
mg_chart_legend_free (MgChartLegend *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->parties, g_ptr_array_unref);
  g_array_unref (self->items);
  g_free (self);
}

void
mg_chart_legend_draw (MgChartLegend       *self,
                      cairo_t             *cr,
                      const MgChartColors *colors)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      LegendItem *item = &g_array_index (self->items, LegendItem, i);
      double name_w, name_h;
      double sy = item->y + (MIN (item->height, 24) - SWATCH) / 2;
      double text_x = item->x + SWATCH + 6;

      mg_chart_text_size (item->name, &name_w, &name_h);
      switch (item->kind)
        {
        case ITEM_PARTY:
          mg_chart_set_rgb (cr, self->colors[item->party], 1);
          cairo_rectangle (cr, item->x, sy, SWATCH, SWATCH);
          cairo_fill (cr);
          break;
        case ITEM_MORE:
          text_x = item->x;
          break;
        case ITEM_KEY_WON:
        case ITEM_KEY_LEADING:
          cairo_set_source_rgba (cr, colors->fg[0], colors->fg[1], colors->fg[2], 0.8);
          mg_chart_dot_path (cr, item->x + SWATCH / 2, sy + SWATCH / 2, SWATCH / 2,
                             item->kind == ITEM_KEY_WON ? MG_CHART_SEAT_WON : MG_CHART_SEAT_LEADING);
          cairo_fill (cr);
          break;
        case ITEM_KEY_UNDECIDED:
        default:
          cairo_set_source_rgba (cr, colors->neutral[0], colors->neutral[1], colors->neutral[2],
                                 colors->neutral[3]);
          mg_chart_open_dot_path (cr, item->x + SWATCH / 2, sy + SWATCH / 2, SWATCH / 2);
          cairo_fill (cr);
          break;
        }

      cairo_set_source_rgba (cr, colors->fg[0], colors->fg[1], colors->fg[2],
                             colors->fg[3] * (item->kind == ITEM_PARTY ? 1 : 0.75));
      cairo_move_to (cr, text_x, item->y);
      pango_cairo_show_layout (cr, item->name);
      if (item->count != NULL)
        {
          cairo_move_to (cr, text_x + name_w + 6, item->y);
          pango_cairo_show_layout (cr, item->count);
        }
    }
}

/* Returns: (transfer none) (nullable): the party whose entry is at (@x, @y) */
MgPartyResult *
mg_chart_legend_hit (MgChartLegend *self,
                     double         x,
                     double         y)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      LegendItem *item = &g_array_index (self->items, LegendItem, i);

      if (item->kind == ITEM_PARTY && x >= item->x && x <= item->x + item->width && y >= item->y &&
          y <= item->y + item->height)
        return g_ptr_array_index (self->parties, item->party);
    }
  return NULL;
}

guint
mg_chart_legend_get_n_items (MgChartLegend *self)
{
  return self->items->len;
}

void
mg_chart_legend_get_item (MgChartLegend *self,
                          guint          index,
                          double        *x,
                          double        *y,
                          double        *width,
                          double        *height)
{
  LegendItem *item;

  g_return_if_fail (index < self->items->len);

  item = &g_array_index (self->items, LegendItem, index);
  *x = item->x;
  *y = item->y;
  *width = item->width;
  *height = item->height;
}
