/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-lokdhaba"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <glib/gi18n.h>
#include <string.h>

#include "mg-csv-reader.h"
#include "mg-feed-parser.h"
#include "mg-lokdhaba.h"
#include "mg-party-registry.h"
#include "mg-text-util.h"

/* Results in the Trivedi Centre for Political Data's Lok Dhaba layout: a
 * CSV row a candidate (DESIGN.md, "Other inputs"). Read into the feed
 * format's version 2 tree, which the feed parser then checks and reads
 * like any feed, and which --convert writes out. Columns are found by
 * their header's names, in any order; unknown ones are ignored. */

typedef enum {
  COL_STATE,
  COL_YEAR,
  COL_NUMBER,
  COL_NAME,
  COL_CANDIDATE,
  COL_PARTY,
  COL_VOTES,
  N_REQUIRED,
  COL_ASSEMBLY = N_REQUIRED,
  COL_POLL,
  COL_POSITION,
  COL_TYPE,
  COL_DISTRICT,
  COL_ELECTORS,
  N_COLS
} Col;

static const char *col_names[N_COLS] = {
  "State_Name", "Year", "Constituency_No", "Constituency_Name", "Candidate", "Party", "Votes",
  "Assembly_No", "Poll_No", "Position", "Constituency_Type", "District_Name", "Electors",
};

typedef struct {
  char    *name;
  char    *party;  /* as the file writes it */
  char    *id;     /* the party's id in the feed */
  guint64  votes;
} Candidate;

typedef struct {
  guint      number;
  char      *name;
  char      *type;
  char      *district;
  guint64    electors;
  gint64     nota;        /* -1: no NOTA row */
  GArray    *candidates;  /* Candidate */
  GHashTable *positions;  /* positions seen */
} Seat;

typedef struct {
  guint       year;
  guint       assembly;
  GHashTable *seats;  /* number → Seat */
} Poll;

typedef struct {
  char      *id;
  char      *name;
  GPtrArray *polls;  /* Poll */
} State;

typedef struct {
  int          columns[N_COLS];
  guint        n_header;
  GHashTable  *states;  /* id → State */
  GPtrArray   *order;   /* State, as first met */
  GError     **error;
  guint        line;
} Reader;

static void
candidate_clear (gpointer data)
{
  Candidate *candidate = data;

  g_free (candidate->name);
  g_free (candidate->party);
  g_free (candidate->id);
}

static void
seat_free (gpointer data)
{
  Seat *seat = data;

  g_free (seat->name);
  g_free (seat->type);
  g_free (seat->district);
  g_array_unref (seat->candidates);
  g_hash_table_unref (seat->positions);
  g_free (seat);
}

static void
poll_free (gpointer data)
{
  Poll *poll = data;

  g_hash_table_unref (poll->seats);
  g_free (poll);
}

static void
state_free (gpointer data)
{
  State *state = data;

  g_free (state->id);
  g_free (state->name);
  g_ptr_array_unref (state->polls);
  g_free (state);
}

/**
 * mg_lokdhaba_detect:
 *
 * Returns: whether @data looks like CSV rather than JSON: its first line,
 * past an optional byte-order mark, is a header of names with commas
 */
gboolean
mg_lokdhaba_detect (const char *data,
                    gsize       length)
{
  gsize start = mg_csv_bom_length (data, length);
  const char *line = data + start, *end;
  gsize line_length;

  if (start >= length || *line == '{' || *line == '[' || g_ascii_isspace (*line))
    return FALSE;
  end = memchr (line, '\n', length - start);
  line_length = end != NULL ? (gsize) (end - line) : length - start;
  return memchr (line, ',', line_length) != NULL && memchr (line, '{', line_length) == NULL;
}

/**
 * mg_lokdhaba_name_says_csv:
 * @name: (nullable): the file's path or the feed's URI
 * @content_type: (nullable): the type an http server gave the feed
 *
 * Returns: whether @name ends in ".csv" (in any case, a URI's query and
 * fragment aside) or @content_type is text/csv
 */
gboolean
mg_lokdhaba_name_says_csv (const char *name,
                           const char *content_type)
{
  if (content_type != NULL)
    {
      /* The media type, without its parameters ("; charset=utf-8"). */
      gsize type_length = strcspn (content_type, "; \t");

      if (type_length == strlen ("text/csv") &&
          g_ascii_strncasecmp (content_type, "text/csv", type_length) == 0)
        return TRUE;
    }
  if (name != NULL)
    {
      /* A URI's path ends before its query or fragment; a file's name may
       * hold "?" or "#", but then it does not end in ".csv" there. */
      gsize end = g_uri_peek_scheme (name) != NULL ? strcspn (name, "?#") : strlen (name);

      return end >= 4 && g_ascii_strncasecmp (name + end - 4, ".csv", 4) == 0;
    }
  return FALSE;
}

/**
 * mg_lokdhaba_detect_named:
 * @named_csv: whether the file's name or content type says CSV
 *   (mg_lokdhaba_name_says_csv())
 *
 * Returns: whether @data is read as a results CSV: when it looks like one
 * (mg_lokdhaba_detect()), or when it is named one and is not JSON, so that
 * a file named CSV that is not one is told so rather than that it is not
 * valid JSON. A feed is told by its content first: JSON named ".csv" is
 * still read as JSON, and an empty file is empty whatever its name.
 */
gboolean
mg_lokdhaba_detect_named (const char *data,
                          gsize       length,
                          gboolean    named_csv)
{
  gsize start;

  if (mg_lokdhaba_detect (data, length))
    return TRUE;
  if (!named_csv)
    return FALSE;
  start = mg_csv_bom_length (data, length);
  while (start < length && g_ascii_isspace (data[start]))
    start++;
  return start < length && data[start] != '{' && data[start] != '[';
}

static gboolean
fail (Reader     *reader,
      Col         column,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

/* "line 1,204: column Votes: …" */
static gboolean
fail (Reader     *reader,
      Col         column,
      const char *format,
      ...)
{
  g_autofree char *line = mg_text_format_count (reader->line);
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  /* TRANSLATORS: where in a CSV file a value is wrong, and why */
  g_set_error (reader->error, MG_FEED_ERROR, MG_FEED_ERROR_INVALID, _("line %s: column %s: %s"), line,
               col_names[column], reason);
  return FALSE;
}

static const char *
field (Reader    *reader,
       GPtrArray *fields,
       Col        column)
{
  int index = reader->columns[column];

  return index >= 0 ? g_ptr_array_index (fields, index) : "";
}

static gboolean
read_count (Reader    *reader,
            GPtrArray *fields,
            Col        column,
            guint64    max,
            guint64   *out)
{
  const char *text = field (reader, fields, column);
  guint64 value;
  char *end;

  if (*text == '\0' || !g_ascii_isdigit (*text))
    goto bad;
  errno = 0;
  value = g_ascii_strtoull (text, &end, 10);
  if (*end != '\0' || errno != 0)
    goto bad;
  if (value > max)
    {
      g_autofree char *limit = g_strdup_printf ("%" G_GUINT64_FORMAT, max);

      /* TRANSLATORS: a CSV value over its limit */
      return fail (reader, column, _("%s is more than %s"), text, limit);
    }
  *out = value;
  return TRUE;

bad:
  /* TRANSLATORS: a CSV value that should be a count */
  return fail (reader, column, _("“%s” is not a whole number"), text);
}

static gboolean
read_header (Reader    *reader,
             GPtrArray *fields)
{
  g_autoptr (GString) missing = g_string_new (NULL);
  guint n_missing = 0;

  for (guint c = 0; c < N_COLS; c++)
    reader->columns[c] = -1;
  for (guint i = 0; i < fields->len; i++)
    for (guint c = 0; c < N_COLS; c++)
      if (g_str_equal (g_ptr_array_index (fields, i), col_names[c]))
        reader->columns[c] = (int) i;
  reader->n_header = fields->len;
  for (guint c = 0; c < N_REQUIRED; c++)
    if (reader->columns[c] < 0)
      {
        if (missing->len > 0)
          g_string_append (missing, ", ");
        g_string_append (missing, col_names[c]);
        n_missing++;
      }
  if (n_missing == 0)
    return TRUE;
  /* Every column missing, not only the first: a file that is no results
   * file at all lacks them all, and says so. */
  g_set_error (reader->error, MG_FEED_ERROR, MG_FEED_ERROR_INVALID,
               /* TRANSLATORS: a results CSV file lacks the columns it needs, named with commas */
               g_dngettext (GETTEXT_PACKAGE, "line 1: no column %s; this is not a Lok Dhaba results file",
                            "line 1: no columns %s; this is not a Lok Dhaba results file", n_missing),
               missing->str);
  return FALSE;
}

static State *
find_state (Reader     *reader,
            const char *state_name)
{
  g_autofree char *name = g_strdelimit (g_strdup (state_name), "_", ' ');
  g_autofree char *id = g_ascii_strdown (g_strstrip (name), -1);
  State *state;

  g_strdelimit (id, " ", '-');
  state = g_hash_table_lookup (reader->states, id);
  if (state == NULL)
    {
      state = g_new0 (State, 1);
      state->id = g_steal_pointer (&id);
      state->name = g_strdup (name);
      state->polls = g_ptr_array_new_with_free_func (poll_free);
      g_hash_table_insert (reader->states, state->id, state);
      g_ptr_array_add (reader->order, state);
    }
  return state;
}

static Poll *
find_poll (State *state,
           guint  year,
           guint  assembly)
{
  Poll *poll;

  for (guint i = 0; i < state->polls->len; i++)
    {
      poll = g_ptr_array_index (state->polls, i);
      if (poll->year == year && poll->assembly == assembly)
        return poll;
    }
  poll = g_new0 (Poll, 1);
  poll->year = year;
  poll->assembly = assembly;
  poll->seats = g_hash_table_new_full (NULL, NULL, NULL, seat_free);
  g_ptr_array_add (state->polls, poll);
  return poll;
}

static gboolean
read_row (Reader    *reader,
          GPtrArray *fields)
{
  guint64 year, number, votes, assembly = 0, poll_no = 0, position = 0, electors = 0;
  const char *party, *candidate_name;
  State *state;
  Poll *poll;
  Seat *seat;

  if (fields->len != reader->n_header)
    {
      g_autofree char *line = mg_text_format_count (reader->line);

      g_set_error (reader->error, MG_FEED_ERROR, MG_FEED_ERROR_INVALID,
                   /* TRANSLATORS: a CSV row's number of fields, and the header's */
                   _("line %s: %u fields, but the header has %u"), line, fields->len, reader->n_header);
      return FALSE;
    }
  for (guint i = 0; i < fields->len; i++)
    if (!g_utf8_validate (g_ptr_array_index (fields, i), -1, NULL))
      {
        g_autofree char *line = mg_text_format_count (reader->line);

        g_set_error (reader->error, MG_FEED_ERROR, MG_FEED_ERROR_ENCODING,
                     _("line %s: not valid UTF-8"), line);
        return FALSE;
      }
  if (reader->columns[COL_POLL] >= 0 && *field (reader, fields, COL_POLL) != '\0' &&
      !read_count (reader, fields, COL_POLL, G_MAXUINT32, &poll_no))
    return FALSE;
  /* A by-election is not part of the general result. */
  if (poll_no > 0)
    return TRUE;
  if (!read_count (reader, fields, COL_YEAR, G_MAXUINT32, &year) ||
      !read_count (reader, fields, COL_NUMBER, 10000, &number) ||
      !read_count (reader, fields, COL_VOTES, G_MAXUINT32, &votes))
    return FALSE;
  if (number == 0)
    return fail (reader, COL_NUMBER, _("must be from 1 to 10000"));
  if (reader->columns[COL_ASSEMBLY] >= 0 && *field (reader, fields, COL_ASSEMBLY) != '\0' &&
      !read_count (reader, fields, COL_ASSEMBLY, G_MAXUINT32, &assembly))
    return FALSE;
  if (reader->columns[COL_ELECTORS] >= 0 && *field (reader, fields, COL_ELECTORS) != '\0' &&
      !read_count (reader, fields, COL_ELECTORS, G_MAXUINT32, &electors))
    return FALSE;
  if (*field (reader, fields, COL_STATE) == '\0')
    return fail (reader, COL_STATE, _("empty"));
  if (*field (reader, fields, COL_NAME) == '\0')
    return fail (reader, COL_NAME, _("empty"));
  party = field (reader, fields, COL_PARTY);
  candidate_name = field (reader, fields, COL_CANDIDATE);

  state = find_state (reader, field (reader, fields, COL_STATE));
  poll = find_poll (state, (guint) year, (guint) assembly);
  seat = g_hash_table_lookup (poll->seats, GUINT_TO_POINTER ((guint) number));
  if (seat == NULL)
    {
      seat = g_new0 (Seat, 1);
      seat->number = (guint) number;
      seat->name = g_strdup (field (reader, fields, COL_NAME));
      seat->type = g_strdup (field (reader, fields, COL_TYPE));
      seat->district = g_strdup (field (reader, fields, COL_DISTRICT));
      seat->electors = electors;
      seat->nota = -1;
      seat->candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
      g_array_set_clear_func (seat->candidates, candidate_clear);
      seat->positions = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (poll->seats, GUINT_TO_POINTER (seat->number), seat);
    }
  /* None of the above is the seat's NOTA, not a candidate. */
  if (g_ascii_strcasecmp (party, "NOTA") == 0)
    {
      seat->nota = (gint64) votes;
      return TRUE;
    }
  if (reader->columns[COL_POSITION] >= 0 && *field (reader, fields, COL_POSITION) != '\0')
    {
      if (!read_count (reader, fields, COL_POSITION, G_MAXUINT32, &position))
        return FALSE;
      if (position > 0 && g_hash_table_contains (seat->positions, GUINT_TO_POINTER ((guint) position)))
        {
          if (position == 1)
            /* TRANSLATORS: a CSV file gives one constituency two winners */
            return fail (reader, COL_POSITION, _("a second winner of constituency %u"), seat->number);
          return fail (reader, COL_POSITION, _("%u is given twice in constituency %u"), (guint) position,
                       seat->number);
        }
      g_hash_table_add (seat->positions, GUINT_TO_POINTER ((guint) position));
    }
  if (*candidate_name == '\0')
    return fail (reader, COL_CANDIDATE, _("empty"));
  if (*party == '\0')
    return fail (reader, COL_PARTY, _("empty"));
  g_array_append_val (seat->candidates, ((Candidate) { g_strdup (candidate_name), g_strdup (party),
                                                       mg_party_registry_dup_id (party, state->id), votes }));
  return TRUE;
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The poll's constituency numbers, in order. */
static GArray *
sorted_numbers (Poll *poll)
{
  GArray *numbers = g_array_sized_new (FALSE, FALSE, sizeof (guint), g_hash_table_size (poll->seats));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, poll->seats);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint number = GPOINTER_TO_UINT (key);

      g_array_append_val (numbers, number);
    }
  g_array_sort (numbers, compare_numbers);
  return numbers;
}

/* The winner and the runner-up's votes, or NULL for a seat without votes. */
static Candidate *
winner (Seat    *seat,
        guint64 *margin)
{
  Candidate *first = NULL;
  guint64 second = 0;

  for (guint i = 0; i < seat->candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (seat->candidates, Candidate, i);

      if (first == NULL || candidate->votes > first->votes)
        {
          if (first != NULL)
            second = first->votes;
          first = candidate;
        }
      else if (candidate->votes > second)
        {
          second = candidate->votes;
        }
    }
  if (margin != NULL && first != NULL)
    *margin = first->votes - second;
  return first;
}

static void
add_text (JsonBuilder *builder,
          const char  *key,
          JsonObject  *registered,
          const char  *fallback)
{
  json_builder_set_member_name (builder, key);
  if (registered != NULL && json_object_has_member (registered, key))
    json_builder_add_value (builder, json_node_copy (json_object_get_member (registered, key)));
  else
    json_builder_add_string_value (builder, fallback);
}

/* Each party of the shown election, and of the earlier one's winners (which
 * the seats' "previous" name): id → its abbreviation as the file writes it. */
static void
collect_parties (Poll       *poll,
                 GHashTable *parties,
                 GPtrArray  *order)
{
  GHashTableIter iter;
  Seat *seat;

  g_hash_table_iter_init (&iter, poll->seats);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &seat))
    for (guint i = 0; i < seat->candidates->len; i++)
      {
        Candidate *candidate = &g_array_index (seat->candidates, Candidate, i);

        if (g_hash_table_contains (parties, candidate->id))
          continue;
        g_hash_table_insert (parties, candidate->id, candidate->party);
        g_ptr_array_add (order, candidate->id);
      }
}

typedef struct {
  guint   won;
  guint64 votes;
} Standing;

/* The parties in the order a results table shows them: most seats won,
 * then most votes. */
static int
compare_standing (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GHashTable *standings = user_data;
  const Standing *x = g_hash_table_lookup (standings, *(const char **) a);
  const Standing *y = g_hash_table_lookup (standings, *(const char **) b);
  Standing none = { 0, 0 };

  x = x != NULL ? x : &none;
  y = y != NULL ? y : &none;
  if (x->won != y->won)
    return x->won > y->won ? -1 : 1;
  if (x->votes != y->votes)
    return x->votes > y->votes ? -1 : 1;
  return strcmp (*(const char **) a, *(const char **) b);
}

static void
sort_parties (Poll      *poll,
              GPtrArray *order)
{
  g_autoptr (GHashTable) standings = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GHashTableIter iter;
  Seat *seat;

  g_hash_table_iter_init (&iter, poll->seats);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &seat))
    {
      Candidate *won = winner (seat, NULL);

      for (guint i = 0; i < seat->candidates->len; i++)
        {
          Candidate *candidate = &g_array_index (seat->candidates, Candidate, i);
          Standing *standing = g_hash_table_lookup (standings, candidate->id);

          if (standing == NULL)
            {
              standing = g_new0 (Standing, 1);
              g_hash_table_insert (standings, candidate->id, standing);
            }
          standing->votes += candidate->votes;
          if (candidate == won)
            standing->won++;
        }
    }
  g_ptr_array_sort_with_data (order, compare_standing, standings);
}

/* Each party's votes in @poll, by party id, and all votes with NOTA's:
 * vote shares as the model derives them from listed seats. */
static guint64
count_votes (Poll       *poll,
             GHashTable *votes)
{
  GHashTableIter iter;
  Seat *seat;
  guint64 all = 0;

  g_hash_table_iter_init (&iter, poll->seats);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &seat))
    {
      for (guint i = 0; i < seat->candidates->len; i++)
        {
          Candidate *candidate = &g_array_index (seat->candidates, Candidate, i);
          guint64 *sum = g_hash_table_lookup (votes, candidate->id);

          if (sum == NULL)
            {
              sum = g_new0 (guint64, 1);
              g_hash_table_insert (votes, candidate->id, sum);
            }
          *sum += candidate->votes;
          all += candidate->votes;
        }
      all += (guint64) MAX (seat->nota, 0);
    }
  return all;
}

static void
build_state (JsonBuilder *builder,
             State       *state)
{
  Poll *shown = NULL, *before = NULL;
  JsonObject *registered = mg_party_registry_find_state (state->id);
  g_autoptr (GHashTable) parties = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) party_order = g_ptr_array_new ();
  g_autoptr (GHashTable) previous_seats = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) previous_votes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr (GArray) numbers = NULL;
  guint64 previous_all = 0;
  guint seats;

  /* The latest election is shown; the one before it, if any, is "previous". */
  for (guint i = 0; i < state->polls->len; i++)
    {
      Poll *poll = g_ptr_array_index (state->polls, i);

      if (shown == NULL || poll->year > shown->year || (poll->year == shown->year && poll->assembly > shown->assembly))
        shown = poll;
    }
  for (guint i = 0; i < state->polls->len; i++)
    {
      Poll *poll = g_ptr_array_index (state->polls, i);

      if (poll != shown && (before == NULL || poll->year > before->year ||
                            (poll->year == before->year && poll->assembly > before->assembly)))
        before = poll;
    }

  collect_parties (shown, parties, party_order);
  if (before != NULL)
    {
      GHashTableIter iter;
      Seat *seat;

      previous_all = count_votes (before, previous_votes);
      g_hash_table_iter_init (&iter, before->seats);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &seat))
        {
          Candidate *won = winner (seat, NULL);

          if (won == NULL)
            continue;
          g_hash_table_insert (previous_seats, won->id,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (previous_seats, won->id)) + 1));
          if (!g_hash_table_contains (parties, won->id))
            {
              g_hash_table_insert (parties, won->id, won->party);
              g_ptr_array_add (party_order, won->id);
            }
        }
    }

  sort_parties (shown, party_order);
  seats = g_hash_table_size (shown->seats);
  if (registered != NULL && json_object_has_member (registered, "assembly"))
    seats = MAX (seats, (guint) json_object_get_int_member (registered, "assembly"));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, state->id);
  add_text (builder, "name", registered, state->name);
  json_builder_set_member_name (builder, "seats");
  json_builder_add_int_value (builder, seats);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, "final");
  /* A file of past results will not list its missing seats later. */
  json_builder_set_member_name (builder, "unlisted");
  json_builder_add_string_value (builder, "no-data");
  if (before != NULL)
    {
      json_builder_set_member_name (builder, "previous_year");
      json_builder_add_int_value (builder, before->year);
    }

  json_builder_set_member_name (builder, "parties");
  json_builder_begin_array (builder);
  for (guint i = 0; i < party_order->len; i++)
    {
      const char *id = g_ptr_array_index (party_order, i);
      const char *abbreviation = g_hash_table_lookup (parties, id);
      JsonObject *party = mg_party_registry_find_party (abbreviation, state->id);
      g_autofree char *color = mg_party_registry_dup_color (abbreviation, state->id);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, id);
      add_text (builder, "name", party, abbreviation);
      if (party != NULL)
        add_text (builder, "short", party, abbreviation);
      json_builder_set_member_name (builder, "color");
      json_builder_add_string_value (builder, color);
      if (before != NULL)
        {
          json_builder_set_member_name (builder, "previous");
          json_builder_add_int_value (builder, GPOINTER_TO_UINT (g_hash_table_lookup (previous_seats, id)));
        }
      if (previous_all > 0)
        {
          guint64 *votes = g_hash_table_lookup (previous_votes, id);

          /* Rounded as a publisher would, so --convert writes short numbers. */
          json_builder_set_member_name (builder, "previous_vote_percent");
          json_builder_add_double_value (builder,
                                         round (1000.0 * (votes != NULL ? *votes : 0) / previous_all) / 10.0);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "constituencies");
  json_builder_begin_array (builder);
  numbers = sorted_numbers (shown);
  for (guint n = 0; n < numbers->len; n++)
    {
      gpointer key = GUINT_TO_POINTER (g_array_index (numbers, guint, n));
      Seat *seat = g_hash_table_lookup (shown->seats, key);
      Seat *earlier = before != NULL ? g_hash_table_lookup (before->seats, key) : NULL;
      guint64 margin = 0;
      Candidate *won = winner (seat, &margin);

      /* Thousands of seats and candidates: their objects are made
       * directly, without the builder's bookkeeping for each member. */
      JsonObject *object = json_object_new ();
      JsonArray *candidates = json_array_sized_new (seat->candidates->len);

      json_object_set_int_member (object, "number", seat->number);
      json_object_set_string_member (object, "name", seat->name);
      if (g_str_equal (seat->type, "SC") || g_str_equal (seat->type, "ST"))
        json_object_set_string_member (object, "reserved", seat->type);
      if (*seat->district != '\0')
        json_object_set_string_member (object, "district", seat->district);
      if (seat->electors > 0)
        json_object_set_int_member (object, "electors", (gint64) seat->electors);
      if (seat->nota >= 0)
        json_object_set_int_member (object, "nota", seat->nota);
      /* A final result: declared where one candidate is ahead. */
      if (won != NULL && margin > 0)
        json_object_set_string_member (object, "status", "declared");
      if (earlier != NULL)
        {
          guint64 earlier_margin = 0;
          Candidate *earlier_won = winner (earlier, &earlier_margin);

          if (earlier_won != NULL)
            {
              JsonObject *previous = json_object_new ();

              json_object_set_string_member (previous, "party", earlier_won->id);
              json_object_set_int_member (previous, "margin", (gint64) earlier_margin);
              json_object_set_object_member (object, "previous", previous);
            }
        }
      for (guint i = 0; i < seat->candidates->len; i++)
        {
          Candidate *candidate = &g_array_index (seat->candidates, Candidate, i);
          JsonObject *entry = json_object_new ();

          json_object_set_string_member (entry, "name", candidate->name);
          json_object_set_string_member (entry, "party", candidate->id);
          json_object_set_int_member (entry, "votes", (gint64) candidate->votes);
          json_array_add_object_element (candidates, entry);
        }
      json_object_set_array_member (object, "candidates", candidates);
      json_builder_add_value (builder, json_node_init_object (json_node_alloc (), object));
      json_object_unref (object);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* The header, then every row, into @reader's states. */
static gboolean
read_rows (Reader      *reader,
           MgCsvReader *csv)
{
  g_autoptr (GPtrArray) fields = g_ptr_array_new ();
  gboolean done = FALSE;

  if (!mg_csv_reader_next (csv, fields, &done, reader->error))
    return FALSE;
  if (done)
    {
      g_set_error (reader->error, MG_FEED_ERROR, MG_FEED_ERROR_EMPTY, _("document is empty"));
      return FALSE;
    }
  reader->line = csv->row_line;
  if (!read_header (reader, fields))
    return FALSE;
  for (;;)
    {
      if (!mg_csv_reader_next (csv, fields, &done, reader->error))
        return FALSE;
      if (done)
        return TRUE;
      reader->line = csv->row_line;
      if (!read_row (reader, fields))
        return FALSE;
    }
}

/**
 * mg_lokdhaba_read:
 *
 * Reads a Lok Dhaba results CSV into a feed (version 2) tree: each state's
 * latest general election as a final result, the one before it as each
 * seat's and party's previous result.
 *
 * Returns: (transfer full): the feed's root, or %NULL with @error set
 * ("line 1,204: column Votes: “12a” is not a whole number")
 */
JsonNode *
mg_lokdhaba_read (const char  *data,
                  gsize        length,
                  GError     **error)
{
  g_autoptr (GHashTable) states = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, state_free);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  g_autoptr (JsonBuilder) builder = NULL;
  Reader reader = { .states = states, .order = order, .error = error };
  MgCsvReader csv;
  gboolean read;

  mg_csv_reader_init (&csv, data, length);
  read = read_rows (&reader, &csv);
  mg_csv_reader_clear (&csv);
  if (!read)
    return NULL;
  if (order->len == 0)
    {
      /* TRANSLATORS: a results CSV file with a header and no results */
      g_set_error (error, MG_FEED_ERROR, MG_FEED_ERROR_EMPTY, _("line 2: no results after the header"));
      return NULL;
    }

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "matganana-feed");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 2);
  json_builder_set_member_name (builder, "timezone");
  json_builder_add_string_value (builder, "Asia/Kolkata");
  json_builder_set_member_name (builder, "source");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, "Election Commission of India, via the Trivedi Centre for Political Data (Lok Dhaba)");
  json_builder_set_member_name (builder, "url");
  json_builder_add_string_value (builder, "https://lokdhaba.ashoka.edu.in/");
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "states");
  json_builder_begin_array (builder);
  for (guint i = 0; i < order->len; i++)
    build_state (builder, g_ptr_array_index (order, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
