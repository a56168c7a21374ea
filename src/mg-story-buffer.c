/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-story-buffer"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-article.h"
#include "mg-story-buffer.h"
#include "mg-summary.h"

/* A story typeset into a GtkTextBuffer: title, when and where, headings,
 * paragraphs, quotes and related links, each by a named tag. The text goes
 * in as plain text, never as markup. */

static void
append (GtkTextBuffer *buffer,
        const char    *text,
        const char    *tag,
        const char    *extra_tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_with_tags_by_name (buffer, &end, text, -1, tag, extra_tag, NULL);
}

static gboolean
is_web_link (const char *url)
{
  return url != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"));
}

static char *
meta_line (MgArticle  *article,
           const char *state_name,
           GTimeZone  *zone)
{
  GString *line = g_string_new (NULL);

  if (mg_article_get_published (article) != NULL)
    {
      g_autofree char *when = mg_summary_format_time (mg_article_get_published (article), zone);

      /* TRANSLATORS: when a story was first published */
      g_string_append_printf (line, _("Published %s"), when);
    }
  if (mg_article_get_updated (article) != NULL &&
      (mg_article_get_published (article) == NULL ||
       !g_date_time_equal (mg_article_get_updated (article), mg_article_get_published (article))))
    {
      g_autofree char *when = mg_summary_format_time (mg_article_get_updated (article), zone);

      if (line->len > 0)
        g_string_append (line, " · ");
      /* TRANSLATORS: when a story was last changed */
      g_string_append_printf (line, _("Updated %s"), when);
    }
  if (state_name != NULL)
    {
      if (line->len > 0)
        g_string_append (line, " · ");
      g_string_append (line, state_name);
    }
  return g_string_free (line, FALSE);
}

static void
append_related (GtkTextBuffer *buffer,
                MgArticle     *article)
{
  append (buffer, _("Read Also"), "related-heading", NULL);
  append (buffer, "\n", "related-heading", NULL);
  for (guint i = 0; i < mg_article_get_n_related (article); i++)
    {
      const MgArticleLink *link = mg_article_get_related (article, i);

      if (is_web_link (link->url))
        {
          /* A tag per link carries its address; the "link" tag its look. */
          GtkTextTag *tag = gtk_text_buffer_create_tag (buffer, NULL, NULL);
          GtkTextIter start, end;

          g_object_set_data_full (G_OBJECT (tag), "url", g_strdup (link->url), g_free);
          append (buffer, link->title, "related", "link");
          gtk_text_buffer_get_end_iter (buffer, &start);
          gtk_text_iter_backward_chars (&start, g_utf8_strlen (link->title, -1));
          gtk_text_buffer_get_end_iter (buffer, &end);
          gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
        }
      else
        {
          append (buffer, link->title, "related", "body");
        }
      append (buffer, "\n", "related", NULL);
    }
}

/**
 * mg_story_buffer_add_tags:
 *
 * Adds the tags a story is set with to @buffer; once, before anything else
 * is shown in it.
 */
void
mg_story_buffer_add_tags (GtkTextBuffer *buffer)
{
  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));

  gtk_text_buffer_create_tag (buffer, "body", NULL);
  gtk_text_buffer_create_tag (buffer, "title",
                              "weight", PANGO_WEIGHT_BOLD, "scale", 1.4,
                              "pixels-below-lines", 4, "pixels-inside-wrap", 2, NULL);
  gtk_text_buffer_create_tag (buffer, "meta",
                              "scale", 0.85, "foreground-rgba", &(GdkRGBA) { 0.5, 0.5, 0.5, 1 },
                              "pixels-below-lines", 14, NULL);
  gtk_text_buffer_create_tag (buffer, "heading",
                              "weight", PANGO_WEIGHT_BOLD, "scale", 1.15,
                              "pixels-above-lines", 14, "pixels-below-lines", 6, NULL);
  gtk_text_buffer_create_tag (buffer, "paragraph", "pixels-below-lines", 14, NULL);
  gtk_text_buffer_create_tag (buffer, "quote",
                              "style", PANGO_STYLE_ITALIC, "left-margin", 20,
                              "pixels-below-lines", 14, NULL);
  gtk_text_buffer_create_tag (buffer, "related-heading",
                              "weight", PANGO_WEIGHT_BOLD, "pixels-above-lines", 10,
                              "pixels-below-lines", 4, NULL);
  gtk_text_buffer_create_tag (buffer, "related", "pixels-below-lines", 6, NULL);
  /* Coloured by mg_story_buffer_set_link_color(). */
  gtk_text_buffer_create_tag (buffer, "link", "underline", PANGO_UNDERLINE_SINGLE, NULL);
}

/**
 * mg_story_buffer_show_article:
 * @state_name: (nullable): the name of the state the story is about
 * @zone: (nullable): the zone its times are shown in, %NULL for the user's
 *
 * Replaces what @buffer holds with @article, the cursor at its start.
 */
void
mg_story_buffer_show_article (GtkTextBuffer *buffer,
                              MgArticle     *article,
                              const char    *state_name,
                              GTimeZone     *zone)
{
  GtkTextTag *body;
  GtkTextIter start;
  g_autofree char *meta = NULL;

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (MG_IS_ARTICLE (article));

  body = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "body");
  g_assert (body != NULL);
  gtk_text_buffer_set_text (buffer, "", 0);
  /* The story's language picks the right shaping and line breaking. */
  g_object_set (body, "language", mg_article_get_lang (article) ? mg_article_get_lang (article) : "",
                NULL);

  append (buffer, mg_article_get_title (article), "title", "body");
  append (buffer, "\n", "title", NULL);
  meta = meta_line (article, state_name, zone);
  if (*meta != '\0')
    {
      append (buffer, meta, "meta", NULL);
      append (buffer, "\n", "meta", NULL);
    }

  for (guint i = 0; i < mg_article_get_n_blocks (article); i++)
    {
      const MgArticleBlock *block = mg_article_get_block (article, i);
      const char *tag = block->type == MG_ARTICLE_BLOCK_HEADING ? "heading"
                        : block->type == MG_ARTICLE_BLOCK_QUOTE ? "quote"
                                                                : "paragraph";

      append (buffer, block->text, tag, "body");
      append (buffer, "\n", tag, NULL);
    }

  if (mg_article_get_n_related (article) > 0)
    append_related (buffer, article);

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
}

/* In place of a story: @message, set small and grey. */
void
mg_story_buffer_show_message (GtkTextBuffer *buffer,
                              const char    *message)
{
  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (message != NULL);

  gtk_text_buffer_set_text (buffer, "", 0);
  append (buffer, message, "meta", NULL);
}

/* The theme's link colour; the tag is only touched when it changes. */
void
mg_story_buffer_set_link_color (GtkTextBuffer *buffer,
                                const GdkRGBA *color)
{
  GtkTextTag *link;
  g_autoptr (GdkRGBA) old = NULL;

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (color != NULL);

  link = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "link");
  g_assert (link != NULL);
  g_object_get (link, "foreground-rgba", &old, NULL);
  if (old == NULL || !gdk_rgba_equal (old, color))
    g_object_set (link, "foreground-rgba", color, NULL);
}

/**
 * mg_story_buffer_get_link_at:
 *
 * Returns: (nullable) (transfer none): the http(s) address of the related
 *   link at @iter, owned by the buffer
 */
const char *
mg_story_buffer_get_link_at (const GtkTextIter *iter)
{
  g_autoptr (GSList) tags = NULL;

  g_return_val_if_fail (iter != NULL, NULL);

  tags = gtk_text_iter_get_tags (iter);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      const char *url = g_object_get_data (l->data, "url");

      if (is_web_link (url))
        return url;
    }
  return NULL;
}
