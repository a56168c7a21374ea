/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The news reader under a real X server. */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "mg-article.h"
#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-reader-private.h"
#include "mg-test-util.h"

static const char *hindi[] = { "hi", NULL };

static MgReader *
show_reader (MgElection *election,
             GtkWindow **window_out,
             int         height)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *reader = mg_reader_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 520, height);
  gtk_window_set_child (GTK_WINDOW (window), reader);
  mg_reader_set_election (MG_READER (reader), election);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_spin (300);
  *window_out = GTK_WINDOW (window);
  return MG_READER (reader);
}

static void
reset_zoom (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "text-zoom");
}

/* Every seed paragraph is there, and the four headings are set as headings. */
static void
test_bundled_article (void)
{
  g_autoptr (MgElection) election = mg_test_load_bundled (hindi);
  g_autoptr (MgArticle) article = g_list_model_get_item (mg_election_get_articles (election), 0);
  GtkWindow *window;
  MgReader *reader = show_reader (election, &window, 700);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (mg_reader_get_view (reader));
  GtkTextTag *heading = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "heading");
  g_autofree char *text = mg_reader_dup_text (reader);
  GtkTextIter iter;
  guint headings = 0;

  const char *body = strchr (text, '\n');

  g_assert_cmpstr (mg_reader_get_article_id (reader), ==, "counting-day-live");
  for (guint i = 0; i < mg_article_get_n_blocks (article); i++)
    {
      const MgArticleBlock *block = mg_article_get_block (article, i);
      /* After the title, which starts with the first heading's words. */
      const char *found = strstr (body, block->text);
      GtkTextIter at;

      g_assert_nonnull (found);
      gtk_text_buffer_get_iter_at_offset (buffer, &at, (int) g_utf8_pointer_to_offset (text, found));
      g_assert_cmpint (gtk_text_iter_has_tag (&at, heading), ==,
                       block->type == MG_ARTICLE_BLOCK_HEADING);
    }

  /* Count the lines set as headings. */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  do
    if (gtk_text_iter_starts_line (&iter) && gtk_text_iter_has_tag (&iter, heading))
      headings++;
  while (gtk_text_iter_forward_line (&iter));
  g_assert_cmpuint (headings, ==, 4);
  g_assert_nonnull (strstr (text, "Himachal Election Result 2022: हिमाचल कांग्रेस में CM पद के कई दावेदार"));

  gtk_window_destroy (window);
}

#define ARTICLES(a, b, c) \
  "{\"format\": \"matganana-feed\", \"version\": 1, \"states\": [" \
  "{\"id\": \"a\", \"name\": \"A\", \"seats\": 5, \"parties\": [{\"id\": \"p\", \"name\": \"P\", \"won\": 1, \"leading\": 0}]}," \
  "{\"id\": \"b\", \"name\": \"B\", \"seats\": 5, \"parties\": [{\"id\": \"p\", \"name\": \"P\", \"won\": 1, \"leading\": 0}]}]," \
  "\"articles\": [" a b c "]}"
#define ARTICLE(id, state, time, text) \
  "{\"id\": \"" id "\", \"title\": \"Story " id "\", " state " \"updated\": \"2022-12-08T" time ":00+05:30\", " \
  "\"blocks\": [{\"type\": \"paragraph\", \"text\": \"" text "\"}]}"

static void
test_markup_literal (void)
{
  g_autoptr (MgElection) election = mg_test_parse (ARTICLES (
    ARTICLE ("x", "", "10:00",
             "<b>bold</b> & <span foreground='red'>red</span> &amp; <i>"), "", ""), hindi);
  GtkWindow *window;
  MgReader *reader = show_reader (election, &window, 400);
  g_autofree char *text = mg_reader_dup_text (reader);

  g_assert_nonnull (strstr (text, "<b>bold</b> & <span foreground='red'>red</span> &amp; <i>"));
  gtk_window_destroy (window);
}

static void
test_zoom_persists (void)
{
  g_autoptr (MgElection) election = mg_test_load_bundled (hindi);
  GtkWindow *window, *second_window;
  MgReader *reader, *second;

  reset_zoom ();
  reader = show_reader (election, &window, 400);
  g_assert_cmpfloat (mg_reader_get_zoom (reader), ==, 1.0);
  mg_reader_zoom_in (reader);
  mg_reader_zoom_in (reader);
  g_assert_cmpfloat_with_epsilon (mg_reader_get_zoom (reader), 1.21, 0.001);
  gtk_window_destroy (window);

  /* A new reader (as after a restart) starts at the remembered size. */
  second = show_reader (election, &second_window, 400);
  g_assert_cmpfloat_with_epsilon (mg_reader_get_zoom (second), 1.21, 0.001);
  mg_reader_set_zoom (second, 1.0);
  gtk_window_destroy (second_window);
  reset_zoom ();
}

/* "इस्तीफा" is in the last section only: once in its heading, three times
 * in its paragraph. */
static void
test_find (void)
{
  g_autoptr (MgElection) election = mg_test_load_bundled (hindi);
  GtkWindow *window;
  MgReader *reader = show_reader (election, &window, 600);
  g_autofree char *text = mg_reader_dup_text (reader);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (mg_reader_get_view (reader));
  GtkTextTag *match = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "match");
  const char *last_heading = strstr (text, "गुजरात कांग्रेस के प्रभारी ने दिया इस्तीफा");
  glong section_start = g_utf8_pointer_to_offset (text, last_heading);
  GtkTextIter iter;
  guint tagged = 0;

  g_assert_nonnull (last_heading);
  g_assert_cmpuint (mg_reader_find (reader, "इस्तीफा"), ==, 4);

  /* Every highlighted hit is in the last section. */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (gtk_text_iter_forward_to_tag_toggle (&iter, match))
    if (gtk_text_iter_starts_tag (&iter, match))
      {
        g_assert_cmpint (gtk_text_iter_get_offset (&iter), >=, section_start);
        tagged++;
      }
  g_assert_cmpuint (tagged, ==, 4);

  /* No match from a syllable's first letter inside a conjunct or before a
   * matra: "क" alone is not in "क्रेडिट" or "कि". */
  g_assert_cmpuint (mg_reader_find (reader, "प्रियंका"), ==, 1);
  g_assert_cmpuint (mg_reader_find (reader, "क्रेडिट"), ==, 2);
  g_assert_cmpuint (mg_reader_find (reader, "प्रभारी"), ==, 4);

  gtk_window_destroy (window);
}

static void
test_grapheme_boundaries (void)
{
  g_autoptr (MgElection) election = mg_test_parse (ARTICLES (
    ARTICLE ("g", "", "10:00", "क्रेडिट कि क"), "", ""), hindi);
  GtkWindow *window;
  MgReader *reader = show_reader (election, &window, 400);

  /* Only the lone "क" at the end. */
  g_assert_cmpuint (mg_reader_find (reader, "क"), ==, 1);
  g_assert_cmpuint (mg_reader_find (reader, "कि"), ==, 1);
  g_assert_cmpuint (mg_reader_find (reader, "क्रे"), ==, 1);
  gtk_window_destroy (window);
}

static void
test_this_state (void)
{
  g_autoptr (MgElection) election = mg_test_parse (ARTICLES (
    ARTICLE ("one", "\"state\": \"a\",", "10:00", "about a") ",",
    ARTICLE ("two", "\"state\": \"b\",", "11:00", "about b") ",",
    ARTICLE ("three", "", "12:00", "about both")), hindi);
  GtkWindow *window;
  MgReader *reader = show_reader (election, &window, 400);

  g_assert_cmpuint (mg_reader_get_n_listed (reader), ==, 3);
  /* Newest first. */
  g_assert_cmpstr (mg_reader_get_article_id (reader), ==, "three");

  mg_reader_set_state_id (reader, "a");
  mg_reader_set_only_state (reader, TRUE);
  mg_test_spin (50);
  g_assert_cmpuint (mg_reader_get_n_listed (reader), ==, 1);
  g_assert_cmpstr (mg_reader_get_article_id (reader), ==, "one");

  mg_reader_set_state_id (reader, "b");
  mg_test_spin (50);
  g_assert_cmpstr (mg_reader_get_article_id (reader), ==, "two");

  mg_reader_set_only_state (reader, FALSE);
  mg_test_spin (50);
  g_assert_cmpuint (mg_reader_get_n_listed (reader), ==, 3);
  gtk_window_destroy (window);
}

static gboolean
adjustment_settled (GtkAdjustment *adjustment,
                    double         value)
{
  return ABS (gtk_adjustment_get_value (adjustment) - value) < 2;
}

/* A live update of the story on show keeps the reader's place; a new story
 * shows "1 new update". */
static gboolean
story_laid_out (gpointer data)
{
  GtkAdjustment *adjustment = data;

  return (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment)) / 2 > 100;
}

static void
test_update_keeps_place (void)
{
  g_autoptr (MgElection) election = mg_test_load_bundled (hindi);
  g_autoptr (MgElection) changed = mg_test_load_bundled (hindi);
  g_autoptr (MgElection) with_new = NULL;
  g_autoptr (MgArticle) article = g_list_model_get_item (mg_election_get_articles (changed), 0);
  g_autoptr (MgArticle) fresh = mg_article_new ("later");
  GtkWindow *window;
  MgReader *reader = show_reader (election, &window, 300);
  GtkAdjustment *adjustment =
    gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (mg_reader_get_view (reader)));
  g_autoptr (GDateTime) later = g_date_time_new_from_iso8601 ("2022-12-08T15:00:00+05:30", NULL);
  double value;

  /* Scroll to the middle of the story, once the text view has laid it out
   * (in idle time: on a busy machine, later). */
  mg_test_wait_for (story_laid_out, adjustment);
  value = (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment)) / 2;
  g_assert_cmpfloat (value, >, 100);
  gtk_adjustment_set_value (adjustment, value);
  mg_test_spin (100);
  value = gtk_adjustment_get_value (adjustment);

  /* The story grows at its end. */
  mg_article_add_block (article, MG_ARTICLE_BLOCK_PARAGRAPH, "नई जानकारी: मतगणना जारी है.");
  mg_election_update_from (election, changed);
  mg_test_spin (400);
  g_assert_true (strstr (mg_reader_dup_text (reader), "नई जानकारी") != NULL);
  g_assert_true (adjustment_settled (adjustment, value));
  g_assert_cmpuint (mg_reader_get_n_new (reader), ==, 0);

  /* A new story: counted, not forced on the reader. */
  mg_article_set_title (fresh, "Later story");
  mg_article_set_updated (fresh, later);
  mg_election_append_article (changed, fresh);
  mg_election_update_from (election, changed);
  mg_test_spin (200);
  g_assert_cmpuint (mg_reader_get_n_new (reader), ==, 1);
  g_assert_cmpstr (mg_reader_get_article_id (reader), ==, "counting-day-live");
  g_assert_true (adjustment_settled (adjustment, value));

  mg_reader_show_new (reader);
  g_assert_cmpuint (mg_reader_get_n_new (reader), ==, 0);
  g_assert_cmpstr (mg_reader_get_article_id (reader), ==, "later");

  gtk_window_destroy (window);
}

static GdkRGBA
link_color (MgReader *reader)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (mg_reader_get_view (reader));
  GtkTextTag *link = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "link");
  g_autoptr (GdkRGBA) color = NULL;

  g_assert_nonnull (link);
  g_object_get (link, "foreground-rgba", &color, NULL);
  g_assert_nonnull (color);
  return *color;
}

static double
luminance (const GdkRGBA *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

typedef struct {
  MgReader *reader;
  GdkRGBA   before;
} LinkColorChange;

static gboolean
link_color_changed (gpointer data)
{
  LinkColorChange *change = data;
  GdkRGBA now = link_color (change->reader);

  return !gdk_rgba_equal (&now, &change->before);
}

/* Links take the theme's link colour, and follow a switch to the dark style. */
static void
test_link_color_follows_theme (void)
{
  g_autoptr (MgElection) election = mg_test_parse (
    "{\"format\": \"matganana-feed\", \"version\": 1, \"states\": [{\"id\": \"a\", "
    "\"name\": \"A\", \"seats\": 5, \"parties\": [{\"id\": \"p\", \"name\": \"P\", "
    "\"won\": 1, \"leading\": 0}]}], \"articles\": [{\"id\": \"x\", \"title\": \"Story\", "
    "\"blocks\": [{\"type\": \"paragraph\", \"text\": \"Text\"}], "
    "\"related\": [{\"title\": \"Elsewhere\", \"url\": \"https://example.org/\"}]}]}", hindi);
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWindow *window;
  MgReader *reader = show_reader (election, &window, 400);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (mg_reader_get_view (reader));
  GtkTextTag *link = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "link");
  g_autofree char *text = mg_reader_dup_text (reader);
  LinkColorChange change = { reader };
  g_autofree char *light_name = NULL;
  g_autofree char *dark_name = NULL;
  GtkTextIter at;
  GdkRGBA now;

  /* The link's title carries the tag. */
  g_assert_nonnull (strstr (text, "Elsewhere"));
  gtk_text_buffer_get_iter_at_offset (buffer, &at,
                                      (int) g_utf8_pointer_to_offset (text, strstr (text, "Elsewhere")));
  g_assert_true (gtk_text_iter_has_tag (&at, link));

  change.before = link_color (reader);
  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  mg_test_wait_for (link_color_changed, &change);
  now = link_color (reader);
  light_name = gdk_rgba_to_string (&change.before);
  dark_name = gdk_rgba_to_string (&now);
  g_test_message ("link colour: %s in the light style, %s in the dark one", light_name, dark_name);
  g_assert_cmpfloat (luminance (&now), >, luminance (&change.before));

  /* And back. */
  change.before = now;
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  mg_test_wait_for (link_color_changed, &change);
  now = link_color (reader);
  g_assert_cmpfloat (luminance (&now), <, luminance (&change.before));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reader/bundled-article", test_bundled_article);
  g_test_add_func ("/reader/markup-literal", test_markup_literal);
  g_test_add_func ("/reader/zoom-persists", test_zoom_persists);
  g_test_add_func ("/reader/find", test_find);
  g_test_add_func ("/reader/grapheme-boundaries", test_grapheme_boundaries);
  g_test_add_func ("/reader/this-state", test_this_state);
  g_test_add_func ("/reader/update-keeps-place", test_update_keeps_place);
  g_test_add_func ("/reader/link-color-follows-theme", test_link_color_follows_theme);

  return g_test_run ();
}
