/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-summary-render"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "mg-changes-sheet.h"
#include "mg-chart-groups.h"
#include "mg-chart-layout.h"
#include "mg-election.h"
#include "mg-party-columns.h"
#include "mg-party-result.h"
#include "mg-results-sheet.h"
#include "mg-state-result.h"
#include "mg-summary-render-private.h"
#include "mg-summary-render.h"
#include "mg-summary.h"
#include "mg-tally.h"

/* One drawing routine for a state's seat summary page: title, state, status,
 * updated time and source; the seat chart; headline and majority; the party
 * table; page number and footer. Each state starts a page; a table too long
 * for one continues on the next with its header repeated, never clipping a
 * row. When asked, a state that lists its constituencies has its results
 * by seat after its summary (mg-results-sheet.c). Used by printing and by
 * --export-summary (a cairo PDF, fonts embedded by cairo). */

#define FONT        "Noto Sans, Noto Sans Devanagari, Sans"
#define BODY_SIZE   9.5
#define ROW_PAD     4.0
#define GAP         10.0
#define CHART_MAX   400.0
/* Past this many parties the printed chart leaves its legend to the table. */
#define LEGEND_MAX_PARTIES 12

typedef struct {
  MgStateResult  *state;
  GPtrArray      *rows;       /* the table's: parties, or alliances each with its parties beneath */
  guint           first_row;
  guint           n_rows;
  gboolean        with_chart;
  gboolean        continued;
  /* A page of the state's results by seat instead, when not NULL. */
  MgResultsSheet *sheet;
  guint           sheet_page;
  /* A page of what changed since the last election instead, when not NULL. */
  MgChangesSheet *changes;
} Page;

struct _MgSummaryPlan
{
  MgElection *election;
  MgSummaryOptions options;
  GPtrArray  *shown;    /* the house and tallies by alliance made for the pages */
  GPtrArray  *row_sets; /* each state's table rows */
  GArray     *pages;
  GPtrArray  *sheets;
  GPtrArray  *changes;
  double      width;
  double      height;
};

/**
 * mg_summary_render_layout:
 * @width: the width to wrap at, or -1 for one line
 *
 * Text for the printed page, in its fonts with tabular figures.
 *
 * Returns: (transfer full): a layout on @cr
 */
PangoLayout *
mg_summary_render_layout (cairo_t    *cr,
                          const char *text,
                          double      size,
                          gboolean    bold,
                          double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);
  pango_attr_list_unref (attrs);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) w / PANGO_SCALE;
}

/**
 * mg_summary_render_text_height:
 * @width: the width to wrap at, or -1 for one line
 *
 * Returns: the height of @text in the printed page's fonts, in points
 */
double
mg_summary_render_text_height (cairo_t    *cr,
                               const char *text,
                               double      size,
                               gboolean    bold,
                               double      width)
{
  g_autoptr (PangoLayout) layout = mg_summary_render_layout (cr, text, size, bold, width);

  return layout_height (layout);
}

/**
 * mg_summary_render_text_width:
 *
 * Returns: the width @text takes on one line at the body size, a point
 * over so that a cell of that width, rounded down to Pango units, still
 * holds it on one line
 */
double
mg_summary_render_text_width (cairo_t    *cr,
                              const char *text,
                              double      size,
                              gboolean    bold)
{
  g_autoptr (PangoLayout) layout = mg_summary_render_layout (cr, text, size, bold, -1);

  return ceil (layout_width (layout)) + 1;
}

/**
 * mg_summary_render_chart_context:
 *
 * Returns: (transfer full): a Pango context in the printed page's fonts,
 *   for a chart drawn on @cr
 */
PangoContext *
mg_summary_render_chart_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT);

  pango_font_description_set_size (font, (int) (8.5 * PANGO_SCALE));
  pango_context_set_font_description (context, font);
  pango_font_description_free (font);
  return context;
}

static char *
cell_text (MgStateResult *state,
           GPtrArray     *rows,
           guint          row,
           MgPartyColumn  column)
{
  return mg_party_column_dup_cell (column, state, g_ptr_array_index (rows, row));
}

/* The table's rows of @state: its parties, or by alliance each alliance
 * with its parties beneath it. */
static GPtrArray *
table_rows (MgStateResult *state)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < mg_state_result_get_n_parties (state); i++)
    {
      MgPartyResult *party = mg_state_result_get_party (state, i);
      GListModel *members = mg_party_result_get_members (party);

      g_ptr_array_add (rows, g_object_ref (party));
      for (guint m = 0; members != NULL && m < g_list_model_get_n_items (members); m++)
        g_ptr_array_add (rows, g_list_model_get_item (members, m));
    }
  return rows;
}

/* Where a row's name starts: an alliance's parties are set in. */
static double
row_indent (MgPartyResult *party)
{
  return mg_party_result_get_alliance (party) != NULL ? 36 : 24;
}

/* Heights of the parts of a state's page, for the page width. */
static double
header_block_height (MgSummaryPlan *self,
                     cairo_t       *cr,
                     MgStateResult *state)
{
  g_autofree char *headline = mg_summary_dup_headline (state);
  g_autofree char *majority = mg_summary_dup_majority_line (state);

  return mg_summary_render_text_height (cr, mg_state_result_get_name (state), 18, TRUE, self->width) + 2 +
         mg_summary_render_text_height (cr, "Xg", BODY_SIZE, FALSE, self->width) + GAP +
         mg_summary_render_text_height (cr, headline, 12, TRUE, self->width) + 2 +
         mg_summary_render_text_height (cr, majority, BODY_SIZE, FALSE, self->width) + GAP;
}

static MgChartLayoutFlags
chart_flags (MgSummaryPlan *self,
             MgStateResult *state)
{
  return (mg_state_result_get_n_parties (state) <= LEGEND_MAX_PARTIES ? MG_CHART_LAYOUT_LEGEND : 0) |
         ((self->options & MG_SUMMARY_TWO_THIRDS) ? MG_CHART_LAYOUT_TWO_THIRDS : 0);
}

static double
chart_height (MgSummaryPlan *self,
              cairo_t       *cr,
              MgStateResult *state)
{
  g_autoptr (PangoContext) context = mg_summary_render_chart_context (cr);
  g_autoptr (MgChartLayout) layout =
    mg_chart_layout_new_full (state, context, MIN (self->width, CHART_MAX), chart_flags (self, state));

  return mg_chart_layout_get_height (layout) + GAP;
}

static double
row_height (cairo_t       *cr,
            MgStateResult *state,
            GPtrArray     *rows,
            guint          row,
            double         party_width)
{
  g_autofree char *name = cell_text (state, rows, row, MG_PARTY_COLUMN_PARTY);
  double indent = row_indent (g_ptr_array_index (rows, row));

  return mg_summary_render_text_height (cr, name, BODY_SIZE, FALSE, party_width - indent) + 2 * ROW_PAD;
}

static double
footer_height (cairo_t *cr)
{
  return mg_summary_render_text_height (cr, "Xg", 7.5, FALSE, -1) + GAP;
}

/* Widths of the figure columns; the party column takes the rest. */
static void
column_widths (cairo_t       *cr,
               MgStateResult *state,
               GPtrArray     *rows,
               double         width,
               double        *widths,
               gboolean      *shown)
{
  double used = 0;

  for (MgPartyColumn c = MG_PARTY_COLUMN_PARTY; c < MG_N_PARTY_COLUMNS; c++)
    {
      shown[c] = mg_party_column_shown (c, state);
      widths[c] = 0;
      if (!shown[c] || c == MG_PARTY_COLUMN_PARTY)
        continue;
      {
        g_autofree char *header = mg_party_column_dup_title (c, state);
        g_autoptr (PangoLayout) layout =
          mg_summary_render_layout (cr, header, BODY_SIZE, TRUE, -1);

        widths[c] = layout_width (layout);
      }
      for (guint r = 0; r < rows->len; r++)
        {
          g_autofree char *text = cell_text (state, rows, r, c);
          g_autoptr (PangoLayout) layout =
            mg_summary_render_layout (cr, text, BODY_SIZE, FALSE, -1);

          widths[c] = MAX (widths[c], layout_width (layout));
        }
      widths[c] += 16;
      used += widths[c];
    }
  widths[MG_PARTY_COLUMN_PARTY] = MAX (80, width - used);
}

static void
plan_state (MgSummaryPlan *self,
            cairo_t       *cr,
            MgStateResult *state)
{
  double widths[MG_N_PARTY_COLUMNS];
  gboolean shown[MG_N_PARTY_COLUMNS];
  double available = self->height - footer_height (cr);
  double table_header, y;
  GPtrArray *rows;
  guint n;
  Page page;

  /* By alliance, where the feed has alliances: the state's tally. */
  if ((self->options & MG_SUMMARY_BY_ALLIANCE) &&
      g_list_model_get_n_items (mg_election_get_alliances (self->election)) > 0)
    {
      state = mg_tally_by_alliance (self->election, state);
      g_ptr_array_add (self->shown, state);
    }
  rows = table_rows (state);
  g_ptr_array_add (self->row_sets, rows);
  n = rows->len;
  page = (Page) { state, rows, 0, 0, TRUE, FALSE };

  column_widths (cr, state, rows, self->width, widths, shown);
  table_header = mg_summary_render_text_height (cr, "Xg", BODY_SIZE, TRUE, -1) + 2 * ROW_PAD;

  y = header_block_height (self, cr, state) + chart_height (self, cr, state) + table_header;
  /* A chart that leaves no room for a single row goes alone on its page. */
  for (guint r = 0; r < n; r++)
    {
      double h = row_height (cr, state, rows, r, widths[MG_PARTY_COLUMN_PARTY]);

      /* The row goes to the next page; when not even one row fits under
       * the chart, the chart has its page and the table starts on the next. */
      if (y + h > available && (page.n_rows > 0 || page.with_chart))
        {
          g_array_append_val (self->pages, page);
          page = (Page) { state, rows, r, 0, FALSE, TRUE };
          y = mg_summary_render_text_height (cr, mg_state_result_get_name (state), 18, TRUE, self->width) + GAP +
              table_header;
        }
      y += h;
      page.n_rows++;
    }
  g_array_append_val (self->pages, page);
}

/* The state's results by seat, on pages of their own after its summary. */
static void
plan_sheet (MgSummaryPlan *self,
            cairo_t       *cr,
            MgStateResult *state)
{
  MgResultsSheet *sheet =
    mg_results_sheet_new (state, cr, self->width, self->height - footer_height (cr));

  g_ptr_array_add (self->sheets, sheet);
  for (guint i = 0; i < mg_results_sheet_get_n_pages (sheet); i++)
    {
      Page page = { state, NULL, 0, 0, FALSE, TRUE, sheet, i };

      g_array_append_val (self->pages, page);
    }
}

/* What changed in the state since the last election, when known, on pages
 * of its own after its summary. */
static void
plan_changes (MgSummaryPlan *self,
              cairo_t       *cr,
              MgStateResult *state)
{
  MgChangesSheet *changes =
    mg_changes_sheet_new (state, cr, self->width, self->height - footer_height (cr));

  if (changes == NULL)
    return;
  g_ptr_array_add (self->changes, changes);
  for (guint i = 0; i < mg_changes_sheet_get_n_pages (changes); i++)
    {
      Page page = { state, NULL, 0, 0, FALSE, TRUE, NULL, i, changes };

      g_array_append_val (self->pages, page);
    }
}

/**
 * mg_summary_plan_new:
 * @only: (nullable): the one state to summarise (or the house, from
 *   mg_tally_house()), or %NULL for all: the house first, when the feed
 *   has one, then each state
 * @options: %MG_SUMMARY_CONSTITUENCIES adds each state's results by seat
 *   after its summary, when it lists its constituencies;
 *   %MG_SUMMARY_BY_ALLIANCE counts the summaries by alliance, where the
 *   feed has alliances; %MG_SUMMARY_TWO_THIRDS marks two thirds of the
 *   seats on the charts
 * @cr: a context on the target surface, to measure text with
 * @width: the printable width, in the surface's units (points)
 * @height: the printable height
 *
 * Returns: (transfer full): the pages
 */
MgSummaryPlan *
mg_summary_plan_new (MgElection      *election,
                     MgStateResult   *only,
                     MgSummaryOptions options,
                     cairo_t         *cr,
                     double         width,
                     double         height)
{
  MgSummaryPlan *self;

  g_return_val_if_fail (MG_IS_ELECTION (election), NULL);

  self = g_new0 (MgSummaryPlan, 1);
  self->election = g_object_ref (election);
  self->options = options;
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  self->row_sets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  self->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) mg_results_sheet_free);
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) mg_changes_sheet_free);
  self->width = width;
  self->height = height;

  /* The house as a whole first; a house asked for alone is not one of
   * the states. */
  if (only == NULL || mg_election_find_state (election, mg_state_result_get_id (only), NULL) != only)
    {
      MgStateResult *house = only != NULL ? g_object_ref (only) : mg_tally_house (election);

      if (house != NULL)
        {
          g_ptr_array_add (self->shown, house);
          plan_state (self, cr, house);
        }
      if (only != NULL)
        return self;
    }
  for (guint i = 0; i < mg_election_get_n_states (election); i++)
    {
      MgStateResult *state = mg_election_get_state (election, i);

      if (only != NULL && state != only)
        continue;
      plan_state (self, cr, state);
      plan_changes (self, cr, state);
      if ((options & MG_SUMMARY_CONSTITUENCIES) && mg_state_result_get_n_constituencies (state) > 0)
        plan_sheet (self, cr, state);
    }
  return self;
}

void
mg_summary_plan_free (MgSummaryPlan *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->election);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->row_sets, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->sheets, g_ptr_array_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_free (self);
}

guint
mg_summary_plan_get_n_pages (MgSummaryPlan *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pages->len;
}

static double
show (cairo_t    *cr,
      const char *text,
      double      x,
      double      y,
      double      size,
      gboolean    bold,
      double      width,
      double      grey)
{
  g_autoptr (PangoLayout) layout = mg_summary_render_layout (cr, text, size, bold, width);

  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return layout_height (layout);
}

static void
show_right (cairo_t    *cr,
            const char *text,
            double      right,
            double      y,
            gboolean    bold)
{
  g_autoptr (PangoLayout) layout = mg_summary_render_layout (cr, text, BODY_SIZE, bold, -1);

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_move_to (cr, right - layout_width (layout), y);
  pango_cairo_show_layout (cr, layout);
}

static double
draw_table_header (cairo_t       *cr,
                   MgStateResult *state,
                   double         y,
                   double         width,
                   const double  *widths,
                   const gboolean *shown)
{
  double h = mg_summary_render_text_height (cr, "Xg", BODY_SIZE, TRUE, -1) + 2 * ROW_PAD;
  double x = widths[MG_PARTY_COLUMN_PARTY];
  g_autofree char *party = mg_party_column_dup_title (MG_PARTY_COLUMN_PARTY, state);

  cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
  cairo_rectangle (cr, 0, y, width, h);
  cairo_fill (cr);
  show (cr, party, 24, y + ROW_PAD, BODY_SIZE, TRUE, -1, 0.1);
  for (MgPartyColumn c = MG_PARTY_COLUMN_WON; c < MG_N_PARTY_COLUMNS; c++)
    {
      g_autofree char *title = NULL;

      if (!shown[c])
        continue;
      x += widths[c];
      title = mg_party_column_dup_title (c, state);
      show_right (cr, title, x - 8, y + ROW_PAD, TRUE);
    }
  return h;
}

/* A page of a state's summary: its header, chart and party table. */
static void
draw_summary_page (MgSummaryPlan *self,
                   cairo_t       *cr,
                   const Page    *page)
{
  MgStateResult *state = page->state;
  GPtrArray *rows = page->rows;
  double widths[MG_N_PARTY_COLUMNS];
  gboolean shown[MG_N_PARTY_COLUMNS];
  double y = 0;

  column_widths (cr, state, rows, self->width, widths, shown);

  if (!page->continued)
    {
      g_autofree char *headline = mg_summary_dup_headline (state);
      g_autofree char *majority = mg_summary_dup_majority_line (state);
      g_autofree char *meta = mg_summary_render_dup_meta (self->election, state);

      y += show (cr, mg_state_result_get_name (state), 0, y, 18, TRUE, self->width, 0.05) + 2;
      y += show (cr, meta, 0, y, BODY_SIZE, FALSE, self->width, 0.35) + GAP;
      y += show (cr, headline, 0, y, 12, TRUE, self->width, 0.05) + 2;
      y += show (cr, majority, 0, y, BODY_SIZE, FALSE, self->width, 0.2) + GAP;
    }
  else
    {
      /* TRANSLATORS: a state's name on a page continuing its table */
      g_autofree char *title = g_strdup_printf (_("%s (continued)"), mg_state_result_get_name (state));

      y += show (cr, title, 0, y, 18, TRUE, self->width, 0.05) + GAP;
    }

  if (page->with_chart)
    {
      g_autoptr (PangoContext) context = mg_summary_render_chart_context (cr);
      double chart_width = MIN (self->width, CHART_MAX);
      g_autoptr (MgChartLayout) chart =
        mg_chart_layout_new_full (state, context, chart_width, chart_flags (self, state));
      MgChartColors colors = { { 0.1, 0.1, 0.1, 1 }, { 1, 1, 1, 1 }, { 0.1, 0.1, 0.1, 0.55 } };

      cairo_save (cr);
      cairo_translate (cr, (self->width - chart_width) / 2, y);
      mg_chart_layout_draw (chart, cr, &colors, NULL, 1);
      cairo_restore (cr);
      y += mg_chart_layout_get_height (chart) + GAP;
    }

  if (page->n_rows > 0)
    y += draw_table_header (cr, state, y, self->width, widths, shown);
  for (guint r = page->first_row; r < page->first_row + page->n_rows; r++)
    {
      MgPartyResult *party = g_ptr_array_index (rows, r);
      double h = row_height (cr, state, rows, r, widths[MG_PARTY_COLUMN_PARTY]);
      double x = widths[MG_PARTY_COLUMN_PARTY], indent = row_indent (party);
      guint32 rgb = mg_chart_party_color (party, r);
      g_autofree char *name = cell_text (state, rows, r, MG_PARTY_COLUMN_PARTY);

      mg_chart_groups_party_color (state, party, &rgb);
      if ((r - page->first_row) % 2 == 1)
        {
          cairo_set_source_rgb (cr, 0.97, 0.97, 0.97);
          cairo_rectangle (cr, 0, y, self->width, h);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                            (rgb & 0xff) / 255.0);
      cairo_rectangle (cr, indent - 18, y + ROW_PAD + 2, 10, 10);
      cairo_fill (cr);
      show (cr, name, indent, y + ROW_PAD, BODY_SIZE, mg_party_result_get_members (party) != NULL,
            widths[MG_PARTY_COLUMN_PARTY] - indent, 0.1);
      for (MgPartyColumn c = MG_PARTY_COLUMN_WON; c < MG_N_PARTY_COLUMNS; c++)
        {
          g_autofree char *text = NULL;

          if (!shown[c])
            continue;
          x += widths[c];
          text = cell_text (state, rows, r, c);
          show_right (cr, text, x - 8, y + ROW_PAD, c == MG_PARTY_COLUMN_TOTAL);
        }
      cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
      cairo_rectangle (cr, 0, y + h - 0.5, self->width, 0.5);
      cairo_fill (cr);
      y += h;
    }
}

/**
 * mg_summary_render_dup_meta:
 *
 * Returns: (transfer full): the line under a state's name: its status,
 *   when the results were updated and their source
 */
char *
mg_summary_render_dup_meta (MgElection    *election,
                            MgStateResult *state)
{
  g_autofree char *status = mg_summary_dup_status (state);
  GString *meta = g_string_new (status);
  GDateTime *updated = mg_election_get_updated (election);

  if (updated != NULL)
    {
      g_autoptr (GTimeZone) zone = mg_election_dup_display_zone (election);
      g_autofree char *when = mg_summary_format_time (updated, zone);

      g_string_append (meta, " · ");
      /* TRANSLATORS: when the results were last updated */
      g_string_append_printf (meta, _("updated %s"), when);
    }
  if (mg_election_get_source_name (election) != NULL)
    {
      g_string_append (meta, " · ");
      g_string_append_printf (meta, _("Source: %s"), mg_election_get_source_name (election));
    }
  return g_string_free (meta, FALSE);
}

/* Every page's footer: the program and the page number. */
static void
draw_footer (MgSummaryPlan *self,
             cairo_t       *cr,
             guint          page_nr)
{
  g_autofree char *footer = g_strdup_printf ("Matganana %s", PACKAGE_VERSION);
  /* TRANSLATORS: page number and page count */
  g_autofree char *page_text = g_strdup_printf (_("Page %u of %u"), page_nr + 1, self->pages->len);
  double fy = self->height - mg_summary_render_text_height (cr, footer, 7.5, FALSE, -1);
  g_autoptr (PangoLayout) right = mg_summary_render_layout (cr, page_text, 7.5, FALSE, -1);

  show (cr, footer, 0, fy, 7.5, FALSE, -1, 0.45);
  cairo_move_to (cr, self->width - layout_width (right), fy);
  pango_cairo_show_layout (cr, right);
}

/**
 * mg_summary_plan_draw_page:
 * @page_nr: 0-based
 *
 * Draws a page with the printable area's top-left corner at the origin.
 */
void
mg_summary_plan_draw_page (MgSummaryPlan *self,
                           cairo_t       *cr,
                           guint          page_nr)
{
  const Page *page;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page_nr < self->pages->len);

  page = &g_array_index (self->pages, Page, page_nr);
  cairo_save (cr);
  if (page->sheet != NULL)
    mg_results_sheet_draw_page (page->sheet, cr, page->sheet_page);
  else if (page->changes != NULL)
    mg_changes_sheet_draw_page (page->changes, cr, page->sheet_page);
  else
    draw_summary_page (self, cr, page);
  draw_footer (self, cr, page_nr);
  cairo_restore (cr);
}

/**
 * mg_summary_render_append_to_bytes:
 * @closure: a #GByteArray
 *
 * A cairo write function for surfaces written to memory (a PDF, an SVG,
 * a PNG), appending to @closure.
 */
cairo_status_t
mg_summary_render_append_to_bytes (void                *closure,
                                   const unsigned char *data,
                                   unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * mg_summary_export_pdf:
 * @only: (nullable): the one state, or %NULL for all
 * @options: as mg_summary_plan_new() takes them
 *
 * Writes the seat summary as an A4 PDF at @path (atomically).
 */
gboolean
mg_summary_export_pdf (MgElection      *election,
                       MgStateResult   *only,
                       MgSummaryOptions options,
                       const char     *path,
                       GError        **error)
{
  const double page_width = 595.276, page_height = 841.89, margin = 42;
  g_autoptr (GByteArray) data = g_byte_array_new ();
  g_autoptr (MgSummaryPlan) plan = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autofree char *title = NULL;

  g_return_val_if_fail (MG_IS_ELECTION (election), FALSE);

  surface = cairo_pdf_surface_create_for_stream (mg_summary_render_append_to_bytes, data, page_width, page_height);
  title = g_strdup (_("Seat summary"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Matganana " PACKAGE_VERSION);
  cr = cairo_create (surface);

  plan = mg_summary_plan_new (election, only, options, cr, page_width - 2 * margin,
                              page_height - 2 * margin);
  for (guint i = 0; i < mg_summary_plan_get_n_pages (plan); i++)
    {
      cairo_save (cr);
      cairo_translate (cr, margin, margin);
      mg_summary_plan_draw_page (plan, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("could not make the PDF: %s"),
                   cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return FALSE;
    }
  cairo_surface_destroy (surface);

  return g_file_set_contents (path, (const char *) data->data, data->len, error);
}
