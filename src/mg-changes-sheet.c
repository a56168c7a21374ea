/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-changes-sheet"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "mg-changes-sheet.h"
#include "mg-seat-changes.h"
#include "mg-state-result.h"
#include "mg-summary-render-private.h"

/* What changed in a state since the last election, printed after its
 * summary: the heading ("79 of 179 seats changed hands since 2017") and
 * the tables of mg_seat_changes_dup_tables(), a line a row, on as many
 * pages as it takes. A table going on to the next page repeats its title
 * and header there. The tables are taken once, when the sheet is laid
 * out, so the rows drawn are the rows measured. */

#define TITLE_SIZE 18.0
#define BODY_SIZE  9.0
#define ROW_PAD    3.0
#define CELL_PAD   6.0
#define GAP        10.0

/* The ink of a piece of text: the screen's gain and loss colours are
 * darkened for paper. */
typedef enum {
  TONE_TEXT,
  TONE_DIM,
  TONE_GAIN,
  TONE_LOSS,
} Tone;

static const double tones[][3] = {
  [TONE_TEXT] = { 0.05, 0.05, 0.05 },
  [TONE_DIM] = { 0.35, 0.35, 0.35 },
  [TONE_GAIN] = { 0.09, 0.43, 0.25 },
  [TONE_LOSS] = { 0.65, 0.09, 0.13 },
};

typedef enum {
  LINE_HEADING,
  LINE_TABLE_TITLE,
  LINE_HEADER,
  LINE_ROW,
} LineKind;

typedef struct {
  LineKind kind;
  guint    table;
  guint    row;
} Line;

typedef struct {
  guint    first_line;
  guint    n_lines;
  gboolean continued;
} SheetPage;

struct _MgChangesSheet
{
  char      *title;
  char      *continued_title;
  char      *heading;
  GPtrArray *tables;   /* MgChangeTable */
  GPtrArray *widths;   /* a double[] of column widths per table */
  GArray    *lines;
  GArray    *pages;
  double     width;
  double     line_height;
  double     title_height;
  double     heading_height;
};

/* Each column as wide as its widest cell; when the table is wider than the
 * page, its widest column gives up the difference (its cells ellipsize). */
static double *
column_widths (cairo_t       *cr,
               MgChangeTable *table,
               double         page_width)
{
  double *widths = g_new0 (double, table->n_columns);
  double sum = 0;
  guint widest = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      widths[c] = mg_summary_render_text_width (cr, table->headers[c], BODY_SIZE, TRUE);
      for (guint r = 0; r < table->rows->len; r++)
        {
          char **cells = g_ptr_array_index (table->rows, r);

          widths[c] = MAX (widths[c], mg_summary_render_text_width (cr, cells[c], BODY_SIZE, FALSE));
        }
      widths[c] += 2 * CELL_PAD;
      sum += widths[c];
      if (widths[c] > widths[widest])
        widest = c;
    }
  if (sum > page_width)
    widths[widest] = MAX (40, widths[widest] - (sum - page_width));
  return widths;
}

static double
line_height (MgChangesSheet *self,
             const Line     *line)
{
  switch (line->kind)
    {
    case LINE_HEADING:
      return self->heading_height + GAP;
    case LINE_TABLE_TITLE:
      return GAP + self->line_height + ROW_PAD;
    case LINE_HEADER:
    case LINE_ROW:
    default:
      return self->line_height + 2 * ROW_PAD;
    }
}

/**
 * mg_changes_sheet_new:
 * @height: the height a page has for the sheet
 *
 * Returns: (transfer full) (nullable): the sheet, or %NULL when no seat of
 * @state has an earlier result to compare with
 */
MgChangesSheet *
mg_changes_sheet_new (MgStateResult *state,
                      cairo_t       *cr,
                      double         width,
                      double         height)
{
  MgChangesSheet *self;
  g_autofree char *heading = mg_seat_changes_dup_heading (state);
  SheetPage page = { 0, 0, FALSE };
  double y;

  if (heading == NULL)
    return NULL;

  self = g_new0 (MgChangesSheet, 1);
  /* TRANSLATORS: the title of a printed page of what changed in a state since the last election */
  self->title = g_strdup_printf (_("%s: what changed"), mg_state_result_get_name (state));
  /* TRANSLATORS: a state's name on a page continuing what changed */
  self->continued_title = g_strdup_printf (_("%s: what changed (continued)"), mg_state_result_get_name (state));
  self->heading = g_steal_pointer (&heading);
  self->tables = mg_seat_changes_dup_tables (state);
  self->widths = g_ptr_array_new_with_free_func (g_free);
  self->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  self->pages = g_array_new (FALSE, FALSE, sizeof (SheetPage));
  self->width = width;
  self->line_height = mg_summary_render_text_height (cr, "Xg", BODY_SIZE, TRUE, -1);
  self->title_height = mg_summary_render_text_height (cr, self->title, TITLE_SIZE, TRUE, width) + GAP;
  self->heading_height = mg_summary_render_text_height (cr, self->heading, 12, TRUE, width);

  g_array_append_val (self->lines, ((Line) { LINE_HEADING, 0, 0 }));
  for (guint t = 0; t < self->tables->len; t++)
    {
      MgChangeTable *table = g_ptr_array_index (self->tables, t);

      g_ptr_array_add (self->widths, column_widths (cr, table, width));
      g_array_append_val (self->lines, ((Line) { LINE_TABLE_TITLE, t, 0 }));
      g_array_append_val (self->lines, ((Line) { LINE_HEADER, t, 0 }));
      for (guint r = 0; r < table->rows->len; r++)
        g_array_append_val (self->lines, ((Line) { LINE_ROW, t, r }));
    }

  /* A row that does not fit starts a page under its table's title and
   * header again; a table's title never ends a page alone. */
  y = self->title_height;
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = &g_array_index (self->lines, Line, i);
      double h = line_height (self, line);

      if (line->kind == LINE_TABLE_TITLE)
        h += 2 * line_height (self, &(Line) { LINE_ROW, 0, 0 });
      if (y + h > height && page.n_lines > 0)
        {
          g_array_append_val (self->pages, page);
          page = (SheetPage) { i, 0, TRUE };
          y = mg_summary_render_text_height (cr, self->continued_title, TITLE_SIZE, TRUE, width) + GAP;
          if (line->kind == LINE_ROW)
            y += line_height (self, &(Line) { LINE_TABLE_TITLE, 0, 0 }) + line_height (self, line);
        }
      y += line_height (self, line);
      page.n_lines++;
    }
  g_array_append_val (self->pages, page);
  return self;
}

void
mg_changes_sheet_free (MgChangesSheet *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_free (self->continued_title);
  g_free (self->heading);
  g_ptr_array_unref (self->tables);
  g_ptr_array_unref (self->widths);
  g_array_unref (self->lines);
  g_array_unref (self->pages);
  g_free (self);
}

guint
mg_changes_sheet_get_n_pages (MgChangesSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pages->len;
}

static void
show_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      size,
           gboolean    bold,
           double      width,
           gboolean    right,
           Tone        tone)
{
  g_autoptr (PangoLayout) layout = mg_summary_render_layout (cr, text, size, bold, width);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (width > 0)
    {
      pango_layout_set_height (layout, -1);
      pango_layout_set_alignment (layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
  cairo_set_source_rgb (cr, tones[tone][0], tones[tone][1], tones[tone][2]);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* A header or body row of table @t. */
static void
draw_row (MgChangesSheet *self,
          cairo_t        *cr,
          guint           t,
          char          **cells,
          gboolean        header,
          double          y)
{
  MgChangeTable *table = g_ptr_array_index (self->tables, t);
  const double *widths = g_ptr_array_index (self->widths, t);
  double x = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      gboolean right = (table->numeric & (1u << c)) != 0;
      Tone tone = header                                      ? TONE_DIM
                  : right && g_str_has_prefix (cells[c], "+") ? TONE_GAIN
                  : right && g_str_has_prefix (cells[c], "−") ? TONE_LOSS
                                                              : TONE_TEXT;

      show_text (cr, cells[c], x + CELL_PAD, y + ROW_PAD, BODY_SIZE, header, widths[c] - 2 * CELL_PAD,
                 right, tone);
      x += widths[c];
    }
  cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
  cairo_rectangle (cr, 0, y + self->line_height + 2 * ROW_PAD - 0.5, x, 0.5);
  cairo_fill (cr);
}

void
mg_changes_sheet_draw_page (MgChangesSheet *self,
                            cairo_t        *cr,
                            guint           page_nr)
{
  const SheetPage *page;
  double y = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page_nr < self->pages->len);

  page = &g_array_index (self->pages, SheetPage, page_nr);
  show_text (cr, page->continued ? self->continued_title : self->title, 0, 0, TITLE_SIZE, TRUE,
             self->width, FALSE, TONE_TEXT);
  y = mg_summary_render_text_height (cr, page->continued ? self->continued_title : self->title, TITLE_SIZE,
                                     TRUE, self->width) + GAP;

  for (guint i = page->first_line; i < page->first_line + page->n_lines; i++)
    {
      const Line *line = &g_array_index (self->lines, Line, i);
      MgChangeTable *table = g_ptr_array_index (self->tables, line->table);

      /* A table continued from the page before: its title and header again. */
      if (i == page->first_line && line->kind == LINE_ROW)
        {
          show_text (cr, table->title, 0, y + GAP, BODY_SIZE, TRUE, self->width, FALSE, TONE_TEXT);
          y += line_height (self, &(Line) { LINE_TABLE_TITLE, 0, 0 });
          draw_row (self, cr, line->table, table->headers, TRUE, y);
          y += line_height (self, line);
        }
      switch (line->kind)
        {
        case LINE_HEADING:
          show_text (cr, self->heading, 0, y, 12, TRUE, self->width, FALSE, TONE_TEXT);
          break;
        case LINE_TABLE_TITLE:
          show_text (cr, table->title, 0, y + GAP, BODY_SIZE, TRUE, self->width, FALSE, TONE_TEXT);
          break;
        case LINE_HEADER:
          draw_row (self, cr, line->table, table->headers, TRUE, y);
          break;
        case LINE_ROW:
        default:
          draw_row (self, cr, line->table, g_ptr_array_index (table->rows, line->row), FALSE, y);
          break;
        }
      y += line_height (self, line);
    }
}
