/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: any bytes through the feed parser (JSON feeds and
 * results CSV files alike), and every valid
 * result through the model's derivations and the text summaries; the
 * same bytes as the user's alliances file, whose alliances for feed "f"
 * are given to the bundled results and counted by. */
#include "config.h"

#include <string.h>

#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-tally.h"
#include "mg-user-alliances.h"

int LLVMFuzzerInitialize    (int          *argc,
                            char       ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* GLib and GObject allocate once, on first use, what lives to the end
 * (types, quarks, the language list); do that before the leak checks. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  static const char feed[] =
    "{\"format\": \"matganana-feed\", \"version\": 1, \"updated\": \"2022-12-08T13:05:00+05:30\", "
    "\"states\": [{\"id\": \"s\", \"name\": {\"en\": \"S\"}, \"seats\": 3, \"parties\": "
    "[{\"id\": \"p\", \"name\": \"P\", \"won\": 1, \"leading\": 1, \"previous\": 1}]}], "
    "\"articles\": [{\"id\": \"a\", \"title\": \"T\", \"published\": \"2022-12-08T13:05:00+05:30\", "
    "\"blocks\": [{\"type\": \"quote\", \"text\": \"q\"}], "
    "\"related\": [{\"title\": \"r\", \"url\": \"https://example.org/\"}]}]}";
  static const char *bad[] = { "{", "[1,]", "\"\\u0000\"", "{\"format\": 1}", "",
                               "{\"feeds\": {\"f\": [{\"id\": \"a\", \"name\": \"A\", \"parties\": [\"bjp\", \"inc\"]}]}}" };

  LLVMFuzzerTestOneInput ((const guint8 *) feed, sizeof feed - 1);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    LLVMFuzzerTestOneInput ((const guint8 *) bad[i], strlen (bad[i]));
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const char *languages[] = { "hi", "en", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (MgElection) election = NULL;
  g_autoptr (MgElection) copy = NULL;

  /* As the user's alliances file: refused with a reason, or alliances
   * the results can be counted by. */
  {
    g_autoptr (GPtrArray) alliances = mg_user_alliances_parse ((const char *) data, size, "alliances.json", "f",
                                                               &error);

    if (alliances == NULL)
      g_assert (error != NULL && error->message != NULL && *error->message != '\0');
    else if (alliances->len > 0)
      {
        static const char default_feed[] =
          "{\"format\": \"matganana-feed\", \"version\": 1, \"states\": [{\"id\": \"s\", \"name\": \"S\", "
          "\"seats\": 3, \"parties\": [{\"id\": \"bjp\", \"name\": \"B\", \"won\": 1, \"leading\": 0}, "
          "{\"id\": \"inc\", \"name\": \"I\", \"won\": 0, \"leading\": 1}]}]}";
        g_autoptr (MgElection) plain = mg_feed_parse_data (default_feed, sizeof default_feed - 1, languages, NULL);

        g_assert (plain != NULL);
        if (mg_user_alliances_apply (plain, alliances, &error))
          {
            g_autoptr (MgStateResult) tally = mg_tally_by_alliance (plain, mg_election_get_state (plain, 0));
            g_autofree char *text = mg_summary_format_text (plain, NULL, TRUE);

            g_assert (tally != NULL && text != NULL);
          }
      }
    g_clear_error (&error);
  }

  election = mg_feed_parse_data ((const char *) data, size, languages, &error);
  if (election == NULL)
    {
      /* Every refusal says something. */
      g_assert (error != NULL && error->message != NULL && *error->message != '\0');
      return 0;
    }

  for (guint i = 0; i < mg_election_get_n_states (election); i++)
    {
      MgStateResult *state = mg_election_get_state (election, i);
      g_autofree char *headline = mg_summary_dup_headline (state);
      g_autofree char *majority = mg_summary_dup_majority_line (state);
      g_autofree char *description = mg_summary_dup_chart_description (state);

      g_assert (headline != NULL && majority != NULL && description != NULL);
      g_assert (mg_state_result_get_reported (state) <= mg_state_result_get_seats (state));
      g_assert (mg_state_result_get_majority (state) <= mg_state_result_get_seats (state));
    }
  {
    g_autofree char *text = mg_summary_format_text (election, NULL, TRUE);
    g_autofree char *check = mg_summary_format_check (election);

    g_assert (text != NULL && check != NULL);
  }

  /* Applying the feed onto an empty model and onto itself. */
  copy = mg_election_new ();
  mg_election_update_from (copy, election);
  mg_election_update_from (copy, election);
  return 0;
}
