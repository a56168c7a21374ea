/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Finding in a story's text; a GtkTextBuffer needs no display. */
#include "config.h"

#include <gtk/gtk.h>

#include "mg-story-search.h"

/* The matches of @needle in @text must be @expected: the start and end
 * character offsets of each, then -1. */
static void
assert_matches (const char *text,
                const char *needle,
                const int  *expected)
{
  g_autoptr (GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  g_autoptr (GArray) matches = NULL;
  guint n = 0;

  gtk_text_buffer_set_text (buffer, text, -1);
  matches = mg_story_search_find_all (buffer, needle);
  while (expected[n * 2] >= 0)
    n++;
  g_assert_cmpuint (matches->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const MgStoryMatch *match = &g_array_index (matches, MgStoryMatch, i);

      g_assert_cmpint (match->start, ==, expected[i * 2]);
      g_assert_cmpint (match->end, ==, expected[i * 2 + 1]);
    }
}

/* "क" is the first letter of the syllables "क्रे" and "कि" too; only the lone
 * one at the end is a match. */
static void
test_grapheme_boundaries (void)
{
  assert_matches ("क्रेडिट कि क", "क", (const int[]) { 11, 12, -1 });
  assert_matches ("क्रेडिट कि क", "कि", (const int[]) { 8, 10, -1 });
  assert_matches ("क्रेडिट कि क", "क्रे", (const int[]) { 0, 4, -1 });
  /* Nor does a match end inside a cluster: "कि" stops short of "कि" + "ं". */
  assert_matches ("किंतु कि", "कि", (const int[]) { 6, 8, -1 });
}

/* Offsets count characters, across lines, not bytes. */
static void
test_offsets (void)
{
  assert_matches ("मतगणना\nजारी, मतगणना", "मतगणना", (const int[]) { 0, 6, 13, 19, -1 });
}

static void
test_ignores_case (void)
{
  assert_matches ("BJP, bjp and Bjp.", "bjp", (const int[]) { 0, 3, 5, 8, 13, 16, -1 });
  assert_matches ("BJP, bjp and Bjp.", "BJP", (const int[]) { 0, 3, 5, 8, 13, 16, -1 });
}

/* After a match the search goes on from its end. */
static void
test_no_overlap (void)
{
  assert_matches ("aaaaa", "aa", (const int[]) { 0, 2, 2, 4, -1 });
}

static void
test_nothing (void)
{
  assert_matches ("मतगणना", "", (const int[]) { -1 });
  assert_matches ("मतगणना", NULL, (const int[]) { -1 });
  assert_matches ("मतगणना", "158", (const int[]) { -1 });
  assert_matches ("", "158", (const int[]) { -1 });
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/story-search/grapheme-boundaries", test_grapheme_boundaries);
  g_test_add_func ("/story-search/offsets", test_offsets);
  g_test_add_func ("/story-search/ignores-case", test_ignores_case);
  g_test_add_func ("/story-search/no-overlap", test_no_overlap);
  g_test_add_func ("/story-search/nothing", test_nothing);

  return g_test_run ();
}
