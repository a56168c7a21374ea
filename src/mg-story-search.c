/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-story-search"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-story-search.h"
#include "mg-text-util.h"

/* Find in the story on show: every hit highlighted, the current one marked
 * and scrolled to, next and previous going round. Matches fall on whole
 * grapheme clusters only, so "क" does not match inside "क्रे" and a matra is
 * never split. */
struct _MgStorySearch
{
  GObject      parent_instance;

  GtkTextView *view;
  GArray      *matches;   /* of MgStoryMatch */
  guint        current;
  gboolean     searched;  /* for some text, since the last clear */
};

G_DEFINE_FINAL_TYPE (MgStorySearch, mg_story_search, G_TYPE_OBJECT)

static void
show_current (MgStorySearch *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  const MgStoryMatch *match;
  GtkTextIter start, end;

  g_assert (self->current < self->matches->len);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "current-match", &start, &end);
  match = &g_array_index (self->matches, MgStoryMatch, self->current);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, match->start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, match->end);
  gtk_text_buffer_apply_tag_by_name (buffer, "current-match", &start, &end);
  gtk_text_view_scroll_to_iter (self->view, &start, 0.1, FALSE, 0, 0);
}

static void
mg_story_search_dispose (GObject *object)
{
  MgStorySearch *self = MG_STORY_SEARCH (object);

  g_clear_object (&self->view);

  G_OBJECT_CLASS (mg_story_search_parent_class)->dispose (object);
}

static void
mg_story_search_finalize (GObject *object)
{
  MgStorySearch *self = MG_STORY_SEARCH (object);

  g_clear_pointer (&self->matches, g_array_unref);

  G_OBJECT_CLASS (mg_story_search_parent_class)->finalize (object);
}

static void
mg_story_search_class_init (MgStorySearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_story_search_dispose;
  object_class->finalize = mg_story_search_finalize;
}

static void
mg_story_search_init (MgStorySearch *self)
{
  self->matches = g_array_new (FALSE, FALSE, sizeof (MgStoryMatch));
}

/**
 * mg_story_search_find_all:
 *
 * Finds @needle in @buffer's text, ignoring case, as the find bar does:
 * every match, in order and not overlapping, that starts and ends between
 * grapheme clusters. Needs no display.
 *
 * Returns: (transfer full) (element-type MgStoryMatch): the matches
 */
GArray *
mg_story_search_find_all (GtkTextBuffer *buffer,
                          const char    *needle)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (MgStoryMatch));
  GtkTextIter iter, match_start, match_end;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), matches);

  if (needle == NULL || *needle == '\0')
    return matches;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (gtk_text_iter_forward_search (&iter, needle,
                                       GTK_TEXT_SEARCH_TEXT_ONLY | GTK_TEXT_SEARCH_CASE_INSENSITIVE,
                                       &match_start, &match_end, NULL))
    {
      if (gtk_text_iter_is_cursor_position (&match_start) &&
          gtk_text_iter_is_cursor_position (&match_end))
        {
          MgStoryMatch match = { gtk_text_iter_get_offset (&match_start),
                                 gtk_text_iter_get_offset (&match_end) };

          g_array_append_val (matches, match);
          iter = match_end;
        }
      else
        {
          iter = match_start;
          gtk_text_iter_forward_char (&iter);
        }
    }
  return matches;
}

/**
 * mg_story_search_new:
 *
 * Finds in what @view shows. Adds the "match" and "current-match" tags to
 * its buffer: call it after the story's own tags are there, so that a hit's
 * colours win over theirs.
 *
 * Returns: (transfer full): a new search
 */
MgStorySearch *
mg_story_search_new (GtkTextView *view)
{
  MgStorySearch *self;
  GtkTextBuffer *buffer;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  self = g_object_new (MG_TYPE_STORY_SEARCH, NULL);
  self->view = g_object_ref (view);
  buffer = gtk_text_view_get_buffer (view);
  /* Hits in amber with dark text, readable on light and dark styles. */
  gtk_text_buffer_create_tag (buffer, "match",
                              "background-rgba", &(GdkRGBA) { 0.96, 0.76, 0.07, 0.45 }, NULL);
  gtk_text_buffer_create_tag (buffer, "current-match",
                              "background-rgba", &(GdkRGBA) { 0.96, 0.56, 0.0, 0.9 },
                              "foreground-rgba", &(GdkRGBA) { 0, 0, 0, 1 }, NULL);
  return self;
}

/**
 * mg_story_search_run:
 *
 * Highlights every match of @needle and shows the first.
 *
 * Returns: the number of matches
 */
guint
mg_story_search_run (MgStorySearch *self,
                     const char    *needle)
{
  GtkTextBuffer *buffer;

  g_return_val_if_fail (MG_IS_STORY_SEARCH (self), 0);

  mg_story_search_clear (self);
  if (needle == NULL || *needle == '\0')
    return 0;

  buffer = gtk_text_view_get_buffer (self->view);
  self->searched = TRUE;
  g_array_unref (self->matches);
  self->matches = mg_story_search_find_all (buffer, needle);
  for (guint i = 0; i < self->matches->len; i++)
    {
      const MgStoryMatch *match = &g_array_index (self->matches, MgStoryMatch, i);
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, match->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, match->end);
      gtk_text_buffer_apply_tag_by_name (buffer, "match", &start, &end);
    }
  if (self->matches->len > 0)
    show_current (self);
  return self->matches->len;
}

void
mg_story_search_next (MgStorySearch *self)
{
  g_return_if_fail (MG_IS_STORY_SEARCH (self));

  if (self->matches->len == 0)
    return;
  self->current = (self->current + 1) % self->matches->len;
  show_current (self);
}

void
mg_story_search_previous (MgStorySearch *self)
{
  g_return_if_fail (MG_IS_STORY_SEARCH (self));

  if (self->matches->len == 0)
    return;
  self->current = (self->current + self->matches->len - 1) % self->matches->len;
  show_current (self);
}

/* Takes the highlights away and forgets the matches. */
void
mg_story_search_clear (MgStorySearch *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (MG_IS_STORY_SEARCH (self));

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "match", &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "current-match", &start, &end);
  g_array_set_size (self->matches, 0);
  self->current = 0;
  self->searched = FALSE;
}

guint
mg_story_search_get_n_matches (MgStorySearch *self)
{
  g_return_val_if_fail (MG_IS_STORY_SEARCH (self), 0);
  return self->matches->len;
}

/**
 * mg_story_search_dup_status:
 *
 * Returns: (transfer full): what the find bar says: which match is shown
 *   ("3 of 1,024"), "No matches", or nothing before a search
 */
char *
mg_story_search_dup_status (MgStorySearch *self)
{
  g_autofree char *current = NULL;
  g_autofree char *count = NULL;

  g_return_val_if_fail (MG_IS_STORY_SEARCH (self), NULL);

  if (self->matches->len == 0)
    return g_strdup (self->searched ? _("No matches") : "");
  current = mg_text_format_count (self->current + 1);
  count = mg_text_format_count (self->matches->len);
  /* TRANSLATORS: the current find match and the number of matches, like "3 of 1,024" */
  return g_strdup_printf (_("%s of %s"), current, count);
}
