/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-results-sheet"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-party-result.h"
#include "mg-results-sheet-private.h"
#include "mg-state-result.h"
#include "mg-summary-render-private.h"
#include "mg-text-util.h"

/* A state's results by seat, printed after its summary: every listed
 * constituency in number order, a row each (number, name, winner or leader,
 * party, margin, status), on as many pages as it takes. Long text wraps in
 * its cell; each row is measured and goes whole to the next page when it
 * does not fit, under the header row again. The cells' text is taken once,
 * when the sheet is laid out, so the rows drawn are the rows measured even
 * when the results change while a print job runs. */

#define TITLE_SIZE 18.0
#define BODY_SIZE  9.0
#define ROW_PAD    3.0
#define CELL_PAD   4.0
#define GAP        10.0
/* A cell stops at this many lines (ellipsized), so that a row always fits
 * on a page whatever a feed's names are. */
#define MAX_LINES  10
#define NO_VALUE   "—"

typedef struct {
  char   *cells[MG_RESULTS_SHEET_N_COLUMNS];
  double  height;
} Row;

typedef struct {
  guint first_row;
  guint n_rows;
} SheetPage;

/* A row's cells, laid out with their first lines on one baseline (a
 * Devanagari line stands taller than a Latin one, and rows mix them). */
typedef struct {
  PangoLayout *layouts[MG_RESULTS_SHEET_N_COLUMNS];
  double       tops[MG_RESULTS_SHEET_N_COLUMNS];
  double       height;
} RowLayout;

struct _MgResultsSheet
{
  char       *title;
  char       *continued_title;
  const char *headers[MG_RESULTS_SHEET_N_COLUMNS];
  GArray     *rows;
  GArray     *pages;
  double      widths[MG_RESULTS_SHEET_N_COLUMNS];
  double      header_height;
  /* Where the first row goes: under the title and the header row. */
  double      first_top;
  double      continued_top;
  double      width;
};

static void
row_clear (gpointer data)
{
  Row *row = data;

  for (guint c = 0; c < MG_RESULTS_SHEET_N_COLUMNS; c++)
    g_free (row->cells[c]);
}

static gboolean
is_right_aligned (MgResultsSheetColumn column)
{
  return column == MG_RESULTS_SHEET_NUMBER || column == MG_RESULTS_SHEET_MARGIN;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}


/* A cell's text, wrapped within its column. */
static PangoLayout *
cell_layout (MgResultsSheet       *self,
             cairo_t              *cr,
             const char           *text,
             MgResultsSheetColumn  column,
             gboolean              bold)
{
  PangoLayout *layout =
    mg_summary_render_layout (cr, text, BODY_SIZE, bold, self->widths[column] - 2 * CELL_PAD);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -MAX_LINES);
  if (is_right_aligned (column))
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  return layout;
}

static void
row_layout_init (RowLayout         *row,
                 MgResultsSheet    *self,
                 cairo_t           *cr,
                 const char *const *cells,
                 gboolean           bold)
{
  double baseline = 0;

  for (MgResultsSheetColumn c = 0; c < MG_RESULTS_SHEET_N_COLUMNS; c++)
    {
      row->layouts[c] = cell_layout (self, cr, cells[c], c, bold);
      baseline = MAX (baseline, (double) pango_layout_get_baseline (row->layouts[c]) / PANGO_SCALE);
    }
  row->height = 0;
  for (MgResultsSheetColumn c = 0; c < MG_RESULTS_SHEET_N_COLUMNS; c++)
    {
      row->tops[c] =
        ROW_PAD + baseline - (double) pango_layout_get_baseline (row->layouts[c]) / PANGO_SCALE;
      row->height = MAX (row->height, row->tops[c] + layout_height (row->layouts[c]));
    }
  row->height += ROW_PAD;
}

static void
row_layout_clear (RowLayout *row)
{
  for (MgResultsSheetColumn c = 0; c < MG_RESULTS_SHEET_N_COLUMNS; c++)
    g_clear_object (&row->layouts[c]);
}

static double
cells_height (MgResultsSheet    *self,
              cairo_t           *cr,
              const char *const *cells,
              gboolean           bold)
{
  RowLayout row;
  double height;

  row_layout_init (&row, self, cr, cells, bold);
  height = row.height;
  row_layout_clear (&row);
  return height;
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b)
{
  guint na = mg_constituency_get_number (*(MgConstituency **) a);
  guint nb = mg_constituency_get_number (*(MgConstituency **) b);

  return na < nb ? -1 : na > nb;
}

static char *
dup_name (MgConstituency *seat)
{
  const char *name = mg_constituency_get_name (seat);

  switch (mg_constituency_get_reserved (seat))
    {
    case MG_RESERVED_SC:
      /* TRANSLATORS: a constituency reserved for Scheduled Castes */
      return g_strdup_printf (_("%s (SC)"), name);
    case MG_RESERVED_ST:
      /* TRANSLATORS: a constituency reserved for Scheduled Tribes */
      return g_strdup_printf (_("%s (ST)"), name);
    case MG_RESERVED_NONE:
    default:
      return g_strdup (name);
    }
}

static char *
dup_status (MgConstituency *seat)
{
  guint current, total;

  switch (mg_constituency_get_status (seat))
    {
    case MG_SEAT_STATUS_DECLARED:
      /* TRANSLATORS: a constituency's result is declared */
      return g_strdup (_("Declared"));
    case MG_SEAT_STATUS_COUNTING:
      if (mg_constituency_get_round (seat, &current, &total))
        /* TRANSLATORS: a constituency's count, at round %u of %u */
        return g_strdup_printf (_("Counting, round %u of %u"), current, total);
      return g_strdup (_("Counting"));
    case MG_SEAT_STATUS_PENDING:
    default:
      /* TRANSLATORS: a constituency whose count has not started */
      return g_strdup (_("Awaiting"));
    }
}

static void
fill_row (Row            *row,
          MgConstituency *seat,
          GHashTable     *parties)
{
  MgCandidate *leader = mg_constituency_get_leader (seat);

  row->cells[MG_RESULTS_SHEET_NUMBER] = g_strdup_printf ("%u", mg_constituency_get_number (seat));
  row->cells[MG_RESULTS_SHEET_NAME] = dup_name (seat);
  row->cells[MG_RESULTS_SHEET_STATUS] = dup_status (seat);
  if (leader != NULL)
    {
      const char *party_id = mg_candidate_get_party_id (leader);
      MgPartyResult *party = g_hash_table_lookup (parties, party_id);

      row->cells[MG_RESULTS_SHEET_LEADER] = g_strdup (mg_candidate_get_name (leader));
      row->cells[MG_RESULTS_SHEET_PARTY] =
        g_strdup (party != NULL ? mg_party_result_get_display_name (party) : party_id);
      row->cells[MG_RESULTS_SHEET_MARGIN] =
        mg_text_format_count (mg_constituency_get_margin (seat));
    }
  else
    {
      /* No candidate, no votes yet, or a tie at the top. */
      row->cells[MG_RESULTS_SHEET_LEADER] = g_strdup (NO_VALUE);
      row->cells[MG_RESULTS_SHEET_PARTY] = g_strdup (NO_VALUE);
      row->cells[MG_RESULTS_SHEET_MARGIN] = g_strdup (NO_VALUE);
    }
}

/* A seat of the state that the file has no data for: said where its name
 * would be, the widest cell. */
static void
fill_no_data_row (Row   *row,
                  guint  number)
{
  row->cells[MG_RESULTS_SHEET_NUMBER] = g_strdup_printf ("%u", number);
  /* TRANSLATORS: in a state's table of constituencies, for one the file of results has no data for */
  row->cells[MG_RESULTS_SHEET_NAME] = g_strdup (_("No data in this file"));
  for (MgResultsSheetColumn c = MG_RESULTS_SHEET_LEADER; c < MG_RESULTS_SHEET_N_COLUMNS; c++)
    row->cells[c] = g_strdup (NO_VALUE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static gboolean
is_names (MgResultsSheetColumn column)
{
  return column == MG_RESULTS_SHEET_NAME || column == MG_RESULTS_SHEET_LEADER;
}

/* Numbers and margins are as wide as their widest. The other columns wrap:
 * as wide as their widest when all fit, room to spare going to the names;
 * else as wide as nine cells in ten need (so that a few long cells do not
 * squeeze every other column), the rest going to the longer names; else
 * narrower alike. */
/* The width of @text's widest word, the words parted by spaces. */
static double
widest_word (cairo_t    *cr,
             const char *text,
             gboolean    bold)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    widest = MAX (widest, mg_summary_render_text_width (cr, words[i], BODY_SIZE, bold));
  return widest;
}

static void
lay_out_columns (MgResultsSheet *self,
                 cairo_t        *cr)
{
  static const MgResultsSheetColumn wrapping[] = {
    MG_RESULTS_SHEET_NAME, MG_RESULTS_SHEET_LEADER, MG_RESULTS_SHEET_PARTY,
    MG_RESULTS_SHEET_STATUS,
  };
  double widest[MG_RESULTS_SHEET_N_COLUMNS], typical[MG_RESULTS_SHEET_N_COLUMNS];
  double word[MG_RESULTS_SHEET_N_COLUMNS] = { 0 };
  double available, all = 0, most = 0, names_demand = 0, floor_extra = 0, all_least = 0, above_least = 0;
  double least[MG_RESULTS_SHEET_N_COLUMNS] = { 0 };
  g_autoptr (GArray) cells = g_array_sized_new (FALSE, FALSE, sizeof (double), self->rows->len);

  for (MgResultsSheetColumn c = 0; c < MG_RESULTS_SHEET_N_COLUMNS; c++)
    {
      double header = mg_summary_render_text_width (cr, self->headers[c], BODY_SIZE, TRUE);

      /* Every column keeps its heading's words whole. */
      word[c] = widest_word (cr, self->headers[c], TRUE);

      g_array_set_size (cells, 0);
      for (guint r = 0; r < self->rows->len; r++)
        {
          const char *cell = g_array_index (self->rows, Row, r).cells[c];
          double w = mg_summary_render_text_width (cr, cell, BODY_SIZE, FALSE);

          g_array_append_val (cells, w);
          /* A party or a status is broken between its words only: a
           * word cut in two ("निर्दली-य") reads as two. */
          if (!is_names (c))
            word[c] = MAX (word[c], strchr (cell, ' ') == NULL ? w : widest_word (cr, cell, FALSE));
        }
      g_array_sort (cells, compare_doubles);
      widest[c] = typical[c] = header;
      if (cells->len > 0)
        {
          widest[c] = MAX (header, g_array_index (cells, double, cells->len - 1));
          typical[c] = MAX (header, g_array_index (cells, double, (cells->len - 1) * 9 / 10));
        }
    }

  self->widths[MG_RESULTS_SHEET_NUMBER] = widest[MG_RESULTS_SHEET_NUMBER] + 2 * CELL_PAD;
  self->widths[MG_RESULTS_SHEET_MARGIN] = widest[MG_RESULTS_SHEET_MARGIN] + 2 * CELL_PAD;
  available = self->width - self->widths[MG_RESULTS_SHEET_NUMBER] -
              self->widths[MG_RESULTS_SHEET_MARGIN] - G_N_ELEMENTS (wrapping) * 2 * CELL_PAD;
  /* (Paper too narrow for the table still gets cells a few letters wide.) */
  available = MAX (available, G_N_ELEMENTS (wrapping) * 2 * CELL_PAD);
  for (guint i = 0; i < G_N_ELEMENTS (wrapping); i++)
    {
      MgResultsSheetColumn c = wrapping[i];

      /* A column is never narrower than its heading's longest word, nor a
       * party's or a status's column than its cells' longest word. */
      least[c] = MIN (word[c], widest[c]);
      floor_extra += MAX (typical[c], least[c]) - typical[c];
      all += widest[c];
      most += typical[c];
      all_least += least[c];
      above_least += MAX (typical[c] - least[c], 0);
      if (is_names (c))
        names_demand += widest[c] - typical[c];
    }

  for (guint i = 0; i < G_N_ELEMENTS (wrapping); i++)
    {
      MgResultsSheetColumn c = wrapping[i];
      double w;

      if (all <= available)
        w = widest[c] + (is_names (c) ? (available - all) / 2 : 0);
      else if (most + floor_extra <= available && !is_names (c))
        w = MAX (typical[c], least[c]);
      else if (most + floor_extra <= available)
        w = MAX (typical[c], least[c]) +
            (available - most - floor_extra) * (names_demand > 0 ? (widest[c] - typical[c]) / names_demand : 0.5);
      else if (all_least <= available)
        /* Each column its least, and what is left as each wants more. */
        w = least[c] + (available - all_least) * (above_least > 0 ? MAX (typical[c] - least[c], 0) / above_least
                                                                  : 1.0 / G_N_ELEMENTS (wrapping));
      else
        w = least[c] * available / all_least;
      self->widths[c] = w + 2 * CELL_PAD;
    }
}

static double
title_height (MgResultsSheet *self,
              cairo_t        *cr,
              const char     *title)
{
  g_autoptr (PangoLayout) layout = mg_summary_render_layout (cr, title, TITLE_SIZE, TRUE,
                                                             self->width);

  return layout_height (layout) + GAP;
}

/* Rows fill a page while they fit; the next goes whole to a new page. */
static void
paginate (MgResultsSheet *self,
          double          height)
{
  SheetPage page = { 0, 0 };
  double y = self->first_top;

  for (guint r = 0; r < self->rows->len; r++)
    {
      double h = g_array_index (self->rows, Row, r).height;

      /* A page always takes one row, even one too tall for it (only on
       * paper too small for MAX_LINES lines). */
      if (y + h > height && page.n_rows > 0)
        {
          g_array_append_val (self->pages, page);
          page = (SheetPage) { r, 0 };
          y = self->continued_top;
        }
      y += h;
      page.n_rows++;
    }
  g_array_append_val (self->pages, page);
}

/**
 * mg_results_sheet_new:
 * @state: a state that lists constituencies
 * @cr: a context on the target surface, to measure text with
 * @width: the width of the sheet, in the surface's units (points)
 * @height: the height it may take on a page
 *
 * Lays out @state's results by seat on pages of @width by @height.
 *
 * Returns: (transfer full): the sheet
 */
MgResultsSheet *
mg_results_sheet_new (MgStateResult *state,
                      cairo_t       *cr,
                      double         width,
                      double         height)
{
  MgResultsSheet *self;
  g_autoptr (GPtrArray) seats = NULL;
  g_autoptr (GHashTable) parties = NULL;
  g_autoptr (GArray) no_data = NULL;
  guint n;

  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  self = g_new0 (MgResultsSheet, 1);
  self->width = width;
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  self->pages = g_array_new (FALSE, TRUE, sizeof (SheetPage));

  /* TRANSLATORS: the title of a state's table of constituencies */
  self->title = g_strdup_printf (_("%s — results by seat"), mg_state_result_get_name (state));
  /* The summary's words for a page continuing its table. */
  self->continued_title = g_strdup_printf (_("%s (continued)"), self->title);
  /* TRANSLATORS: the column of constituency numbers */
  self->headers[MG_RESULTS_SHEET_NUMBER] = _("No.");
  self->headers[MG_RESULTS_SHEET_NAME] = _("Constituency");
  /* TRANSLATORS: the column of the candidate who has won, or leads, each constituency */
  self->headers[MG_RESULTS_SHEET_LEADER] = _("Winner or leader");
  self->headers[MG_RESULTS_SHEET_PARTY] = _("Party");
  /* TRANSLATORS: the column of the winner's or leader's lead in votes */
  self->headers[MG_RESULTS_SHEET_MARGIN] = _("Margin");
  self->headers[MG_RESULTS_SHEET_STATUS] = _("Status");

  parties = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < mg_state_result_get_n_parties (state); i++)
    {
      MgPartyResult *party = mg_state_result_get_party (state, i);

      g_hash_table_insert (parties, (gpointer) mg_party_result_get_id (party), party);
    }

  n = mg_state_result_get_n_constituencies (state);
  seats = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (seats, mg_state_result_get_constituency (state, i));
  g_ptr_array_sort (seats, compare_numbers);
  no_data = mg_state_result_dup_no_data_numbers (state);

  /* The seats the file has no data for stand in their places, said so. */
  g_array_set_size (self->rows, n + no_data->len);
  for (guint i = 0, s = 0, d = 0; i < n + no_data->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (d < no_data->len &&
          (s == n || g_array_index (no_data, guint, d) < mg_constituency_get_number (g_ptr_array_index (seats, s))))
        fill_no_data_row (row, g_array_index (no_data, guint, d++));
      else
        fill_row (row, g_ptr_array_index (seats, s++), parties);
    }
  n = self->rows->len;

  lay_out_columns (self, cr);
  self->header_height = cells_height (self, cr, self->headers, TRUE);
  for (guint i = 0; i < n; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      row->height = cells_height (self, cr, (const char *const *) row->cells, FALSE);
    }
  self->first_top = title_height (self, cr, self->title) + self->header_height;
  self->continued_top = title_height (self, cr, self->continued_title) + self->header_height;
  paginate (self, height);

  return self;
}

void
mg_results_sheet_free (MgResultsSheet *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
  g_free (self->title);
  g_free (self->continued_title);
  g_free (self);
}

guint
mg_results_sheet_get_n_pages (MgResultsSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pages->len;
}

static void
draw_cells (MgResultsSheet    *self,
            cairo_t           *cr,
            const char *const *cells,
            gboolean           bold,
            double             y)
{
  RowLayout row;
  double x = 0;

  row_layout_init (&row, self, cr, cells, bold);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  for (MgResultsSheetColumn c = 0; c < MG_RESULTS_SHEET_N_COLUMNS; c++)
    {
      cairo_move_to (cr, x + CELL_PAD, y + row.tops[c]);
      pango_cairo_show_layout (cr, row.layouts[c]);
      x += self->widths[c];
    }
  row_layout_clear (&row);
}

/**
 * mg_results_sheet_draw_page:
 * @page: 0-based, of the sheet's own pages
 *
 * Draws a page of the sheet with its top-left corner at the origin: the
 * title, the header row and the page's rows.
 */
void
mg_results_sheet_draw_page (MgResultsSheet *self,
                            cairo_t        *cr,
                            guint           page)
{
  const SheetPage *sheet_page;
  g_autoptr (PangoLayout) title = NULL;
  double y = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->pages->len);

  sheet_page = &g_array_index (self->pages, SheetPage, page);

  cairo_save (cr);

  title = mg_summary_render_layout (cr, page == 0 ? self->title : self->continued_title,
                                    TITLE_SIZE, TRUE, self->width);
  cairo_set_source_rgb (cr, 0.05, 0.05, 0.05);
  cairo_move_to (cr, 0, y);
  pango_cairo_show_layout (cr, title);
  y += layout_height (title) + GAP;

  cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
  cairo_rectangle (cr, 0, y, self->width, self->header_height);
  cairo_fill (cr);
  draw_cells (self, cr, self->headers, TRUE, y);
  y += self->header_height;

  for (guint r = sheet_page->first_row; r < sheet_page->first_row + sheet_page->n_rows; r++)
    {
      const Row *row = &g_array_index (self->rows, Row, r);

      if ((r - sheet_page->first_row) % 2 == 1)
        {
          cairo_set_source_rgb (cr, 0.97, 0.97, 0.97);
          cairo_rectangle (cr, 0, y, self->width, row->height);
          cairo_fill (cr);
        }
      draw_cells (self, cr, (const char *const *) row->cells, FALSE, y);
      cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
      cairo_rectangle (cr, 0, y + row->height - 0.5, self->width, 0.5);
      cairo_fill (cr);
      y += row->height;
    }

  cairo_restore (cr);
}

/* Test-only accessors (mg-results-sheet-private.h). */

guint
mg_results_sheet_get_n_rows (MgResultsSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows->len;
}

/* Returns: (transfer none): a cell's text, as printed */
const char *
mg_results_sheet_get_cell (MgResultsSheet       *self,
                           guint                 row,
                           MgResultsSheetColumn  column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  g_return_val_if_fail (column < MG_RESULTS_SHEET_N_COLUMNS, NULL);
  return g_array_index (self->rows, Row, row).cells[column];
}

/* The width @column's text may take, in points. */
double
mg_results_sheet_get_text_width (MgResultsSheet       *self,
                                 MgResultsSheetColumn  column)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (column < MG_RESULTS_SHEET_N_COLUMNS, 0);
  return self->widths[column] - 2 * CELL_PAD;
}

double
mg_results_sheet_get_row_height (MgResultsSheet *self,
                                 guint           row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->rows->len, 0);
  return g_array_index (self->rows, Row, row).height;
}

void
mg_results_sheet_get_page_rows (MgResultsSheet *self,
                                guint           page,
                                guint          *first_row,
                                guint          *n_rows)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->pages->len);
  *first_row = g_array_index (self->pages, SheetPage, page).first_row;
  *n_rows = g_array_index (self->pages, SheetPage, page).n_rows;
}

/* Returns: where the page's first row goes, under its title and header row */
double
mg_results_sheet_get_page_top (MgResultsSheet *self,
                               guint           page)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (page < self->pages->len, 0);
  return page == 0 ? self->first_top : self->continued_top;
}
