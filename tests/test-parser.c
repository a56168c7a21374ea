/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "mg-article.h"
#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-feed-parser.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-test-util.h"

static const char *english[] = { "en", NULL };
static const char *hindi[] = { "hi", NULL };

static void
assert_party (MgStateResult *state,
              guint          index,
              const char    *id,
              const char    *name,
              guint          won,
              guint          leading)
{
  MgPartyResult *party = mg_state_result_get_party (state, index);

  g_assert_nonnull (party);
  g_assert_cmpstr (mg_party_result_get_id (party), ==, id);
  g_assert_cmpstr (mg_party_result_get_name (party), ==, name);
  g_assert_cmpuint (mg_party_result_get_won (party), ==, won);
  g_assert_cmpuint (mg_party_result_get_leading (party), ==, leading);
}

static void
test_default_numbers (void)
{
  g_autoptr (MgElection) election = mg_test_load_bundled (english);
  MgStateResult *gujarat, *himachal;

  g_assert_cmpuint (mg_election_get_n_states (election), ==, 2);

  gujarat = mg_election_get_state (election, 0);
  g_assert_cmpstr (mg_state_result_get_id (gujarat), ==, "gujarat");
  g_assert_cmpstr (mg_state_result_get_name (gujarat), ==, "Gujarat");
  g_assert_cmpuint (mg_state_result_get_seats (gujarat), ==, 182);
  g_assert_cmpuint (mg_state_result_get_majority (gujarat), ==, 92);
  g_assert_cmpuint (mg_state_result_get_n_parties (gujarat), ==, 4);
  assert_party (gujarat, 0, "bjp", "BJP", 0, 158);
  assert_party (gujarat, 1, "inc", "Congress", 0, 16);
  assert_party (gujarat, 2, "aap", "AAP", 0, 4);
  assert_party (gujarat, 3, "others", "Others", 0, 4);

  himachal = mg_election_get_state (election, 1);
  g_assert_cmpstr (mg_state_result_get_id (himachal), ==, "himachal-pradesh");
  g_assert_cmpstr (mg_state_result_get_name (himachal), ==, "Himachal Pradesh");
  g_assert_cmpuint (mg_state_result_get_seats (himachal), ==, 68);
  g_assert_cmpuint (mg_state_result_get_majority (himachal), ==, 35);
  assert_party (himachal, 0, "inc", "Congress", 22, 17);
  assert_party (himachal, 1, "bjp", "BJP", 14, 12);
  assert_party (himachal, 2, "independents", "Independents", 3, 0);
}

static void
test_default_hindi (void)
{
  g_autoptr (MgElection) election = mg_test_load_bundled (hindi);
  MgStateResult *gujarat = mg_election_get_state (election, 0);
  MgStateResult *himachal = mg_election_get_state (election, 1);

  g_assert_cmpstr (mg_state_result_get_name (gujarat), ==, "गुजरात");
  g_assert_cmpstr (mg_state_result_get_name (himachal), ==, "हिमाचल प्रदेश");
  assert_party (gujarat, 0, "bjp", "भाजपा", 0, 158);
  assert_party (gujarat, 1, "inc", "कांग्रेस", 0, 16);
  assert_party (gujarat, 2, "aap", "आप", 0, 4);
  assert_party (gujarat, 3, "others", "अन्य", 0, 4);
  assert_party (himachal, 2, "independents", "निर्दलीय", 3, 0);
}

static void
test_default_article (void)
{
  g_autoptr (MgElection) election = mg_test_load_bundled (hindi);
  GListModel *articles = mg_election_get_articles (election);
  g_autoptr (MgArticle) article = NULL;
  g_autofree char *text = NULL;
  guint headings = 0, paragraphs = 0;
  static const char *expected_headings[] = {
    "Election Results Live",
    "जीत- हार दोनों स्वीकार: खरगे",
    "मैं गुजरात की हार का क्रेडिट नहीं लूंगा: खरगे",
    "गुजरात कांग्रेस के प्रभारी ने दिया इस्तीफा",
  };

  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 1);
  article = g_list_model_get_item (articles, 0);
  g_assert_cmpstr (mg_article_get_lang (article), ==, "hi");

  for (guint i = 0; i < mg_article_get_n_blocks (article); i++)
    {
      const MgArticleBlock *block = mg_article_get_block (article, i);

      if (block->type == MG_ARTICLE_BLOCK_HEADING)
        {
          g_assert_cmpuint (headings, <, G_N_ELEMENTS (expected_headings));
          g_assert_cmpstr (block->text, ==, expected_headings[headings]);
          headings++;
        }
      else
        {
          g_assert_cmpint (block->type, ==, MG_ARTICLE_BLOCK_PARAGRAPH);
          paragraphs++;
        }
    }
  g_assert_cmpuint (headings, ==, 4);
  g_assert_cmpuint (paragraphs, ==, 5);

  text = mg_article_dup_text (article);
  g_assert_nonnull (strstr (text, "गुजरात में बीजेपी 158 सीटों पर आगे चल रही है"));
  g_assert_nonnull (strstr (text, "इस्तीफा स्वीकार करने की कृपा करें."));

  g_assert_cmpuint (mg_article_get_n_related (article), ==, 1);
  g_assert_true (g_str_has_prefix (mg_article_get_related (article, 0)->title,
                                   "Himachal Election Result 2022"));
}

static char *
read_text_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_strchomp (contents);
  return contents;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The corpus files starting with @prefix, sorted, as full paths. */
static GPtrArray *
list_feeds (const char *prefix)
{
  const char *dir = g_test_get_filename (G_TEST_DIST, "feeds", NULL);
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".json"))
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (paths, compare_paths);
  return paths;
}

static MgElection *
parse_file (const char  *path,
            GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) read_error = NULL;
  gsize length;

  g_file_get_contents (path, &data, &length, &read_error);
  g_assert_no_error (read_error);
  return mg_feed_parse_data (data, length, english, error);
}

static void
test_good_feeds (void)
{
  g_autoptr (GPtrArray) paths = list_feeds ("good-");

  g_assert_cmpuint (paths->len, >=, 3);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr (GError) error = NULL;
      g_autoptr (MgElection) election = parse_file (path, &error);

      if (error != NULL)
        g_error ("%s: %s", path, error->message);
      g_assert_cmpuint (mg_election_get_n_states (election), >=, 1);
    }
}

/* Every bad feed is refused with exactly the message in its .err file. */
static void
test_bad_feeds (void)
{
  g_autoptr (GPtrArray) paths = list_feeds ("bad-");

  g_assert_cmpuint (paths->len, >=, 25);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *stem = g_strndup (path, strlen (path) - strlen (".json"));
      g_autofree char *err_path = g_strconcat (stem, ".err", NULL);
      g_autofree char *expected = read_text_file (err_path);
      g_autoptr (GError) error = NULL;
      g_autoptr (MgElection) election = parse_file (path, &error);

      g_assert_null (election);
      g_assert_nonnull (error);
      g_assert_true (error->domain == MG_FEED_ERROR);
      if (g_strcmp0 (error->message, expected) != 0)
        g_error ("%s: expected “%s”, got “%s”", path, expected, error->message);
    }
}

static void
test_too_large (void)
{
  gsize length = MG_FEED_MAX_BYTES + 1;
  g_autofree char *data = g_malloc (length);
  g_autoptr (GError) error = NULL;
  g_autoptr (MgElection) election = NULL;

  memset (data, ' ', length);
  election = mg_feed_parse_data (data, length, english, &error);
  g_assert_null (election);
  g_assert_error (error, MG_FEED_ERROR, MG_FEED_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "document is 8.0\u00a0MiB (8388609 bytes), more than the 8 MiB limit");
}

/* A version 2 feed of @n_seats seats of 300 candidates (the last seat
 * with @last), compact: at most 100,000 candidates in a document. */
static char *
feed_of_candidates (guint n_seats,
                    guint last)
{
  GString *json = g_string_new (NULL);

  g_string_append_printf (json, "{\"format\":\"matganana-feed\",\"version\":2,\"states\":[{\"id\":\"big\","
                                "\"name\":\"Big\",\"seats\":%u,\"parties\":[{\"id\":\"ind\",\"name\":\"I\"}],"
                                "\"constituencies\":[",
                          n_seats);
  for (guint s = 1; s <= n_seats; s++)
    {
      guint n = s < n_seats ? 300 : last;

      g_string_append_printf (json, "%s{\"number\":%u,\"name\":\"S\",\"candidates\":[", s > 1 ? "," : "", s);
      for (guint c = 0; c < n; c++)
        g_string_append (json, c > 0 ? ",{\"name\":\"c\",\"party\":\"ind\",\"votes\":0}"
                                     : "{\"name\":\"c\",\"party\":\"ind\",\"votes\":0}");
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}]}\n");
  return g_string_free (json, FALSE);
}

/* Limits plus one that would make the corpus large: 100,000 candidates in
 * a document are read (334 seats, the last of 100), 100,001 refused where
 * the one too many is; 1,000 constituencies in a state are read (the
 * corpus has 1,001: bad-seat-constituencies-limit.json). */
static void
test_limits (void)
{
  g_autofree char *most = feed_of_candidates (334, 100);
  g_autofree char *too_many = feed_of_candidates (334, 101);
  g_autoptr (GString) thousand = g_string_new ("{\"format\":\"matganana-feed\",\"version\":2,\"states\":[{"
                                               "\"id\":\"big\",\"name\":\"Big\",\"seats\":1000,\"parties\":"
                                               "[{\"id\":\"ind\",\"name\":\"I\"}],\"constituencies\":[");
  g_autoptr (GError) error = NULL;
  g_autoptr (MgElection) election = NULL;

  election = mg_feed_parse_data (most, strlen (most), english, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mg_state_result_get_n_constituencies (mg_election_get_state (election, 0)), ==, 334);
  g_clear_object (&election);

  election = mg_feed_parse_data (too_many, strlen (too_many), english, &error);
  g_assert_null (election);
  g_assert_error (error, MG_FEED_ERROR, MG_FEED_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "states[0].constituencies[333].candidates[100]: more than 1,00,000 candidates in the feed");
  g_clear_error (&error);

  for (guint n = 1; n <= 1000; n++)
    g_string_append_printf (thousand, "%s{\"number\":%u,\"name\":\"S\",\"candidates\":[]}", n > 1 ? "," : "", n);
  g_string_append (thousand, "]}]}");
  election = mg_feed_parse_data (thousand->str, thousand->len, english, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mg_state_result_get_n_constituencies (mg_election_get_state (election, 0)), ==, 1000);
}

static void
test_loader_caps_size (void)
{
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *data = g_malloc0 (MG_FEED_MAX_BYTES + 10);
  int fd;

  fd = g_file_open_tmp ("matganana-big-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, data, MG_FEED_MAX_BYTES + 10, &error);
  g_assert_no_error (error);

  file = g_file_new_for_path (path);
  bytes = mg_feed_loader_load (file, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, MG_FEED_ERROR, MG_FEED_ERROR_TOO_LARGE);
  g_unlink (path);
}

static void
test_error_codes (void)
{
  struct {
    const char *json;
    MgFeedError code;
  } cases[] = {
    { "", MG_FEED_ERROR_EMPTY },
    { "{\"format\": \"matganana-feed\", \"version\": 7}", MG_FEED_ERROR_VERSION },
    { "{", MG_FEED_ERROR_SYNTAX },
    { "{\"a\": [}", MG_FEED_ERROR_SYNTAX },
    { "\"\\u0000\"", MG_FEED_ERROR_ENCODING },
    { "{\"format\": \"matganana-feed\", \"version\": 1}", MG_FEED_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (MgElection) election =
        mg_feed_parse_data (cases[i].json, strlen (cases[i].json), english, &error);

      g_assert_null (election);
      g_assert_error (error, MG_FEED_ERROR, (int) cases[i].code);
    }
}

static MgElection *
parse_names (const char         *name_json,
             const char * const *languages)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"matganana-feed\", \"version\": 1, \"states\": [{\"id\": \"s\", \"name\": %s, "
    "\"seats\": 5, \"parties\": [{\"id\": \"p\", \"name\": \"P\", \"won\": 1, \"leading\": 0}]}]}",
    name_json);

  return mg_test_parse (json, languages);
}

static void
test_text_languages (void)
{
  static const char *french[] = { "fr_FR", "fr", NULL };
  static const char *hindi_india[] = { "hi_IN.UTF-8", "hi_IN", "hi", NULL };
  g_autoptr (MgElection) a = parse_names ("{\"en\": \"English\", \"hi\": \"हिन्दी\"}", hindi_india);
  g_autoptr (MgElection) b = parse_names ("{\"hi\": \"हिन्दी\", \"en\": \"English\"}", french);
  g_autoptr (MgElection) c = parse_names ("{\"gu\": \"ગુજરાતી\", \"mr\": \"मराठी\"}", french);
  g_autoptr (MgElection) d = parse_names ("\"Plain\"", hindi);

  g_assert_cmpstr (mg_state_result_get_name (mg_election_get_state (a, 0)), ==, "हिन्दी");
  g_assert_cmpstr (mg_state_result_get_name (mg_election_get_state (b, 0)), ==, "English");
  g_assert_cmpstr (mg_state_result_get_name (mg_election_get_state (c, 0)), ==, "ગુજરાતી");
  g_assert_cmpstr (mg_state_result_get_name (mg_election_get_state (d, 0)), ==, "Plain");
  /* Majority defaults to more than half. */
  g_assert_cmpuint (mg_state_result_get_majority (mg_election_get_state (d, 0)), ==, 3);
}

/* The most wanted language wins whatever the order in the object, and the
 * first bad translation in document order is the one reported. */
static void
test_text_language_rank (void)
{
  static const char *wanted[] = { "hi_IN", "hi", "en", NULL };
  static const char *both[] = { "{\"en\": \"E\", \"hi\": \"H\", \"hi_IN\": \"HI\"}",
                                "{\"hi_IN\": \"HI\", \"hi\": \"H\", \"en\": \"E\"}" };
  static const struct {
    const char *name;
    const char *message;
  } bad[] = {
    { "{\"hi\": \"a\\u0001\", \"en\": 5}",
      "states[0].name.hi: contains a control character (U+0001)" },
    { "{\"en\": 5, \"hi\": \"a\\u0001\"}", "states[0].name.en: must be a string" },
    { "{\"gu\": \"ok\", \"mr\": \"\\u202e\"}",
      "states[0].name.mr: contains a bidirectional control character (U+202E)" },
    { "{}", "states[0].name: must give the text in at least one language" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (both); i++)
    {
      g_autoptr (MgElection) election = parse_names (both[i], wanted);

      g_assert_cmpstr (mg_state_result_get_name (mg_election_get_state (election, 0)), ==, "HI");
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *json = g_strdup_printf (
        "{\"format\": \"matganana-feed\", \"version\": 1, \"states\": [{\"id\": \"s\", "
        "\"name\": %s, \"seats\": 5, \"parties\": [{\"id\": \"p\", \"name\": \"P\", "
        "\"won\": 1, \"leading\": 0}]}]}", bad[i].name);
      g_autoptr (MgElection) election = mg_feed_parse_data (json, strlen (json), wanted, &error);

      g_assert_null (election);
      g_assert_error (error, MG_FEED_ERROR, MG_FEED_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, bad[i].message);
    }
}

/* A party the registry knows, named by its id alone: its name, short name
 * and colour are the registry's, in the UI language; what the feed gives
 * stands. Version 1 and version 2 alike. */
static MgElection *
parse_feed_in (const char         *name,
               const char * const *languages)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "feeds", name, NULL);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  MgElection *election;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  election = mg_feed_parse_data (data, length, languages, &error);
  g_assert_no_error (error);
  return election;
}

static void
assert_looks (MgPartyResult *party,
              const char    *name,
              const char    *short_name,
              guint32        color)
{
  guint32 rgb = 0;

  g_assert_cmpstr (mg_party_result_get_name (party), ==, name);
  g_assert_cmpstr (mg_party_result_get_short_name (party), ==, short_name);
  g_assert_true (mg_party_result_get_color (party, &rgb));
  g_assert_cmphex (rgb, ==, color);
}

static void
test_registry_parties (void)
{
  g_autoptr (MgElection) en = parse_feed_in ("good-registry-parties.json", english);
  g_autoptr (MgElection) hi = parse_feed_in ("good-registry-parties.json", hindi);
  g_autoptr (MgElection) v2 = parse_feed_in ("good-registry-parties-v2.json", hindi);
  MgStateResult *state = mg_election_get_state (en, 0);
  MgStateResult *himachal = mg_election_get_state (v2, 0);
  guint32 rgb;

  assert_looks (mg_state_result_get_party (state, 0), "Bharatiya Janata Party", "BJP", 0xF97D09);
  g_assert_cmpuint (mg_party_result_get_won (mg_state_result_get_party (state, 0)), ==, 156);
  /* The feed's short name and colour stand; the rest is the registry's. */
  assert_looks (mg_state_result_get_party (state, 1), "Indian National Congress", "INC", 0x19AAED);
  assert_looks (mg_state_result_get_party (state, 2), "Aam Aadmi Party", "AAP", 0x123456);
  /* A party with a name is the feed's alone, even without a colour. */
  g_assert_cmpstr (mg_party_result_get_name (mg_state_result_get_party (state, 3)), ==, "Garvi Gujarat Party");
  g_assert_null (mg_party_result_get_short_name (mg_state_result_get_party (state, 3)));
  g_assert_false (mg_party_result_get_color (mg_state_result_get_party (state, 3), &rgb));

  state = mg_election_get_state (hi, 0);
  assert_looks (mg_state_result_get_party (state, 0), "भारतीय जनता पार्टी", "भाजपा", 0xF97D09);
  assert_looks (mg_state_result_get_party (state, 1), "भारतीय राष्ट्रीय कांग्रेस", "INC", 0x19AAED);

  /* Version 2: the seats counted, the parties named by the registry. */
  assert_looks (mg_state_result_get_party (himachal, 0), "भारतीय राष्ट्रीय कांग्रेस", "कांग्रेस", 0x19AAED);
  assert_looks (mg_state_result_get_party (himachal, 2), "निर्दलीय", "निर्दलीय", 0x8E8E8E);
  g_assert_cmpuint (mg_party_result_get_won (mg_state_result_get_party (himachal, 1)), ==, 1);
  g_assert_cmpuint (mg_party_result_get_leading (mg_state_result_get_party (himachal, 0)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parser/default/numbers", test_default_numbers);
  g_test_add_func ("/parser/default/hindi", test_default_hindi);
  g_test_add_func ("/parser/default/article", test_default_article);
  g_test_add_func ("/parser/feeds/good", test_good_feeds);
  g_test_add_func ("/parser/feeds/bad", test_bad_feeds);
  g_test_add_func ("/parser/too-large", test_too_large);
  g_test_add_func ("/parser/limits", test_limits);
  g_test_add_func ("/parser/loader/caps-size", test_loader_caps_size);
  g_test_add_func ("/parser/error-codes", test_error_codes);
  g_test_add_func ("/parser/text/languages", test_text_languages);
  g_test_add_func ("/parser/text/language-rank", test_text_language_rank);
  g_test_add_func ("/parser/registry-parties", test_registry_parties);

  return g_test_run ();
}
