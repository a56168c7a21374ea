/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <string.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-election.h"
#include "mg-results-sheet-private.h"
#include "mg-state-result.h"
#include "mg-summary-render-private.h"
#include "mg-test-util.h"

/* The page the command line prints on: A4 less 42 pt margins, less the
 * summary's footer. */
#define WIDTH  511.0
#define HEIGHT 740.0

/* A context to measure with, as the PDF export has. */
static cairo_t *
new_context (void)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (NULL, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

static MgElection *
load_feed (const char *name)
{
  g_autofree char *json = NULL;
  g_autoptr (GError) error = NULL;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "feeds", name, NULL), &json, NULL,
                       &error);
  g_assert_no_error (error);
  return mg_test_parse (json, NULL);
}

/* Every row is on exactly one page, in order, and each page's rows fit
 * under its title and header row. */
static void
assert_paginated (MgResultsSheet *sheet,
                  double          height)
{
  guint next = 0;

  for (guint p = 0; p < mg_results_sheet_get_n_pages (sheet); p++)
    {
      guint first, n;
      double y = mg_results_sheet_get_page_top (sheet, p);

      mg_results_sheet_get_page_rows (sheet, p, &first, &n);
      g_assert_cmpuint (first, ==, next);
      g_assert_cmpuint (n, >, 0);
      for (guint r = first; r < first + n; r++)
        y += mg_results_sheet_get_row_height (sheet, r);
      g_assert_cmpfloat (y, <=, height);
      next = first + n;
    }
  g_assert_cmpuint (next, ==, mg_results_sheet_get_n_rows (sheet));
}

/* A row per seat in number order, each cell saying what the model says. */
static void
test_cells (void)
{
  g_autoptr (MgElection) election = load_feed ("good-seats.json");
  MgStateResult *state = mg_election_get_state (election, 0);
  g_autoptr (MgResultsSheet) sheet = NULL;
  cairo_t *cr = new_context ();
  static const char *const expected[][MG_RESULTS_SHEET_N_COLUMNS] = {
    { "5", "Abdasa", "—", "—", "—", "Awaiting" },
    { "7", "Bhuj", "—", "—", "—", "Counting" },
    { "38", "Kalol (SC)", "A", "BJP", "20,000", "Declared" },
    { "127", "Kalol", "D", "Congress", "500", "Counting, round 12 of 20" },
  };

  sheet = mg_results_sheet_new (state, cr, WIDTH, HEIGHT);
  g_assert_cmpuint (mg_results_sheet_get_n_rows (sheet), ==, G_N_ELEMENTS (expected));
  for (guint r = 0; r < G_N_ELEMENTS (expected); r++)
    for (MgResultsSheetColumn c = 0; c < MG_RESULTS_SHEET_N_COLUMNS; c++)
      g_assert_cmpstr (mg_results_sheet_get_cell (sheet, r, c), ==, expected[r][c]);
  g_assert_cmpuint (mg_results_sheet_get_n_pages (sheet), ==, 1);
  assert_paginated (sheet, HEIGHT);
  cairo_destroy (cr);
}

/* A file with no data for some seats (the bundled final results lack
 * three of Gujarat's 182): the sheet lists them in their places, saying
 * so, and every seat from 1 to 182 has its row. */
static void
test_no_data_rows (void)
{
  g_autofree char *json = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (MgElection) election = NULL;
  g_autoptr (MgResultsSheet) sheet = NULL;
  MgStateResult *gujarat;
  cairo_t *cr = new_context ();

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "data", "feeds", "final-2022.json", NULL),
                       &json, NULL, &error);
  g_assert_no_error (error);
  election = mg_test_parse (json, NULL);
  gujarat = mg_election_find_state (election, "gujarat", NULL);
  g_assert_cmpuint (mg_state_result_get_n_constituencies (gujarat), ==, 179);

  sheet = mg_results_sheet_new (gujarat, cr, WIDTH, HEIGHT);
  g_assert_cmpuint (mg_results_sheet_get_n_rows (sheet), ==, 182);
  for (guint r = 0; r < 182; r++)
    {
      g_autofree char *number = g_strdup_printf ("%u", r + 1);
      gboolean lacking = r + 1 == 38 || r + 1 == 74 || r + 1 == 89;

      g_assert_cmpstr (mg_results_sheet_get_cell (sheet, r, MG_RESULTS_SHEET_NUMBER), ==, number);
      if (lacking)
        {
          g_assert_cmpstr (mg_results_sheet_get_cell (sheet, r, MG_RESULTS_SHEET_NAME), ==, "No data in this file");
          g_assert_cmpstr (mg_results_sheet_get_cell (sheet, r, MG_RESULTS_SHEET_STATUS), ==, "—");
          g_assert_cmpstr (mg_results_sheet_get_cell (sheet, r, MG_RESULTS_SHEET_LEADER), ==, "—");
        }
      else
        g_assert_cmpstr (mg_results_sheet_get_cell (sheet, r, MG_RESULTS_SHEET_STATUS), ==, "Declared");
    }
  assert_paginated (sheet, HEIGHT);
  cairo_destroy (cr);
}

/* A party's name is broken between words only: in Hindi, Gujarat's one
 * independent winner's "निर्दलीय" is wider than nine in ten of the party
 * cells ("भाजपा"), and the party column is wide enough for it whole. */
static void
test_party_words_whole (void)
{
  static const char *const hindi[] = { "hi", NULL };
  g_autofree char *json = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (MgElection) election = NULL;
  g_autoptr (MgResultsSheet) sheet = NULL;
  cairo_t *cr = new_context ();

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "data", "feeds", "final-2022.json", NULL),
                       &json, NULL, &error);
  g_assert_no_error (error);
  election = mg_test_parse (json, hindi);
  sheet = mg_results_sheet_new (mg_election_find_state (election, "gujarat", NULL), cr, WIDTH, HEIGHT);
  /* Seats 31 (Modasa, BJP) and 32 (Bayad, an independent). */
  g_assert_cmpstr (mg_results_sheet_get_cell (sheet, 31, MG_RESULTS_SHEET_PARTY), ==, "निर्दलीय");
  g_assert_cmpstr (mg_results_sheet_get_cell (sheet, 30, MG_RESULTS_SHEET_PARTY), ==, "भाजपा");
  g_assert_cmpfloat (mg_results_sheet_get_text_width (sheet, MG_RESULTS_SHEET_PARTY), >=,
                     mg_summary_render_text_width (cr, "निर्दलीय", 9.0, FALSE));
  g_assert_cmpfloat (mg_results_sheet_get_text_width (sheet, MG_RESULTS_SHEET_PARTY), >,
                     mg_summary_render_text_width (cr, "भाजपा", 9.0, FALSE));
  cairo_destroy (cr);
}

static MgStateResult *
state_with_seats (guint       n_seats,
                  const char *long_name)
{
  MgStateResult *state = mg_state_result_new ("big");
  g_autoptr (GPtrArray) seats = g_ptr_array_new_with_free_func (g_object_unref);

  mg_state_result_set_name (state, "Big State");
  mg_state_result_set_seats (state, n_seats);
  for (guint i = 1; i <= n_seats; i++)
    {
      g_autofree char *name = g_strdup_printf ("Seat %u", i);
      MgConstituency *seat =
        mg_constituency_new (i, long_name != NULL && i % 5 == 0 ? long_name : name);
      MgCandidate *candidates[] = {
        mg_candidate_new (i % 7 == 0 && long_name != NULL ? long_name : "Winner", "bjp",
                          1000 + i, -1),
        mg_candidate_new ("Runner-up", "inc", 1000, -1),
      };

      mg_constituency_set_candidates (seat, candidates, G_N_ELEMENTS (candidates));
      g_object_unref (candidates[0]);
      g_object_unref (candidates[1]);
      g_ptr_array_add (seats, seat);
    }
  mg_state_result_set_constituencies (state, (MgConstituency **) seats->pdata, seats->len);
  return state;
}

/* A feed's most seats, with long names that wrap, paginate without a row
 * past its page, on A4 and on a small page alike. */
static void
test_paginates (void)
{
  g_autoptr (MgStateResult) state =
    state_with_seats (1000, "Nagar North Ward Extension Industrial Estate and Riverside Colony");
  cairo_t *cr = new_context ();
  g_autoptr (MgResultsSheet) sheet = mg_results_sheet_new (state, cr, WIDTH, HEIGHT);
  g_autoptr (MgResultsSheet) small = mg_results_sheet_new (state, cr, 260, 380);

  g_assert_cmpuint (mg_results_sheet_get_n_rows (sheet), ==, 1000);
  g_assert_cmpuint (mg_results_sheet_get_n_pages (sheet), >, 20);
  assert_paginated (sheet, HEIGHT);
  g_assert_cmpuint (mg_results_sheet_get_n_pages (small), >, mg_results_sheet_get_n_pages (sheet));
  assert_paginated (small, 380);
  cairo_destroy (cr);
}

/* A name as long as a feed allows still leaves its row room on a page. */
static void
test_huge_name (void)
{
  g_autoptr (GString) name = g_string_new (NULL);
  g_autoptr (MgStateResult) state = NULL;
  g_autoptr (MgResultsSheet) sheet = NULL;
  cairo_t *cr = new_context ();

  while (name->len < 60000)
    g_string_append (name, "Nagar ");
  state = state_with_seats (10, name->str);
  sheet = mg_results_sheet_new (state, cr, WIDTH, HEIGHT);
  assert_paginated (sheet, HEIGHT);
  cairo_destroy (cr);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/results-sheet/cells", test_cells);
  g_test_add_func ("/results-sheet/no-data", test_no_data_rows);
  g_test_add_func ("/results-sheet/party-words-whole", test_party_words_whole);
  g_test_add_func ("/results-sheet/paginates", test_paginates);
  g_test_add_func ("/results-sheet/huge-name", test_huge_name);

  return g_test_run ();
}
