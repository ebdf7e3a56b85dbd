/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The tokenizer and sentence splitter of libwinnow. */

#include <string.h>
#include <winnow/winnow.h>

/* The tokens of @text joined by "|", sentence starts marked with "#". */
static char *
tokens_string (const char *text)
{
  g_autoptr(GArray) tokens = winnow_tokenize (text, -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      const WinnowToken *t = &g_array_index (tokens, WinnowToken, i);

      if (i > 0)
        g_string_append_c (out, '|');
      if (i > 0 && (t->flags & WINNOW_TOKEN_FLAG_SENTENCE_START))
        g_string_append_c (out, '#');
      g_string_append_len (out, text + t->start, t->end - t->start);
    }
  return g_string_free (out, FALSE);
}

static void
assert_tokens (const char *text,
               const char *expected)
{
  g_autofree char *got = tokens_string (text);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_words (void)
{
  assert_tokens ("Chang Kyung-soo, the U.S. envoy, saw the Hwasong-14 launch.",
                 "Chang|Kyung-soo|,|the|U.S.|envoy|,|saw|the|Hwasong-14|launch|.");
  assert_tokens ("David F. Helvey met Mr. Kim.",
                 "David|F.|Helvey|met|Mr.|Kim|.");
  assert_tokens ("O'Neill paid $1,500.25 (3.5%) at 10:30 on 7/4/2017.",
                 "O'Neill|paid|$|1,500.25|(|3.5|%|)|at|10:30|on|7/4/2017|.");
  assert_tokens ("1,2,3 and AT&T", "1|,|2|,|3|and|AT&T");
  assert_tokens ("Wait... what -- now?!", "Wait|...|what|--|now|?!");
  /* A soft hyphen inside a word, an en dash between years. */
  assert_tokens ("denucle\xc2\xad" "arization in 1996\xe2\x80\x93" "97 \xe2\x80\x93 maybe",
                 "denucle\xc2\xad" "arization|in|1996\xe2\x80\x93" "97|\xe2\x80\x93|maybe");
  assert_tokens ("\"Why?\" he asked.", "\"|Why|?|\"|he|asked|.");
}

static void
test_clitics_and_quotes (void)
{
  assert_tokens ("the Ministry\xe2\x80\x99s \xe2\x80\x9cmaximum pressure\xe2\x80\x9d",
                 "the|Ministry|\xe2\x80\x99s|\xe2\x80\x9c|maximum|pressure|\xe2\x80\x9d");
  assert_tokens ("Korea's envoys don't and can't", "Korea|'s|envoys|do|n't|and|ca|n't");
  assert_tokens ("the countries\xe2\x80\x99 summit", "the|countries|\xe2\x80\x99|summit");
  assert_tokens ("\xe2\x80\x98" "China responsibility\xe2\x80\x99 theory",
                 "\xe2\x80\x98|China|responsibility|\xe2\x80\x99|theory");
}

static void
test_email_url (void)
{
  assert_tokens ("BY SARAH KIM [kim.sarah@joongang.co.kr]",
                 "BY|SARAH|KIM|[|kim.sarah@joongang.co.kr|]");
  assert_tokens ("See https://example.com/a_b?c=1&d=(2). Or www.example.org, then.",
                 "See|https://example.com/a_b?c=1&d=(2)|.|#Or|www.example.org|,|then|.");
}

static void
test_offsets (void)
{
  const char *text = "\xf0\x9f\x98\x80 caf\xc3\xa9 Z\xc3\xbcrich";
  g_autoptr(GArray) tokens = winnow_tokenize (text, -1);

  g_assert_cmpuint (tokens->len, ==, 3);
  g_assert_cmpuint (g_array_index (tokens, WinnowToken, 1).start, ==, 5);
  g_assert_cmpuint (g_array_index (tokens, WinnowToken, 1).end, ==, 10);
  g_assert_cmpuint (g_array_index (tokens, WinnowToken, 2).start, ==, 11);
  g_assert_cmpuint (g_array_index (tokens, WinnowToken, 2).end, ==, strlen (text));
}

static void
test_length_and_invalid (void)
{
  g_autoptr(GArray) part = winnow_tokenize ("one two three", 7);
  g_autoptr(GArray) empty = winnow_tokenize ("", 0);
  g_autoptr(GArray) bad = winnow_tokenize ("ab\xff\xfe cd", -1);

  g_assert_cmpuint (part->len, ==, 2);
  g_assert_cmpuint (empty->len, ==, 0);
  /* Invalid bytes are tokens of their own; nothing is lost. */
  g_assert_cmpuint (bad->len, ==, 4);
  g_assert_cmpuint (g_array_index (bad, WinnowToken, 3).start, ==, 5);
}

static void
test_sentences (void)
{
  assert_tokens ("He left. She stayed! Did he? Yes.",
                 "He|left|.|#She|stayed|!|#Did|he|?|#Yes|.");
  /* Titles, initials and "U.S." before a name do not end sentences; a
   * closing quote stays with its sentence. */
  assert_tokens ("Mr. Smith met U.S. President Trump. \xe2\x80\x9cGood.\xe2\x80\x9d Then",
                 "Mr.|Smith|met|U.S.|President|Trump|.|#\xe2\x80\x9c|Good|.|\xe2\x80\x9d|#Then");
  assert_tokens ("It is made in the U.S. The rest is not.",
                 "It|is|made|in|the|U.S.|#The|rest|is|not|.");
  assert_tokens ("said the man. and so on", "said|the|man|.|and|so|on");
}

static void
test_lines (void)
{
  const char *text = "President Moon\nJae-in spoke\n\nNext paragraph";
  g_autoptr(GArray) tokens = winnow_tokenize (text, -1);
  g_autoptr(GArray) sentences = winnow_split_sentences (text, -1);

  g_assert_cmpuint (tokens->len, ==, 6);
  /* A single line break keeps a name broken across lines in its sentence. */
  g_assert_cmpuint (g_array_index (tokens, WinnowToken, 2).flags, ==, WINNOW_TOKEN_FLAG_LINE_START);
  g_assert_cmpuint (g_array_index (tokens, WinnowToken, 4).flags, ==,
                    WINNOW_TOKEN_FLAG_SENTENCE_START | WINNOW_TOKEN_FLAG_LINE_START |
                    WINNOW_TOKEN_FLAG_PARAGRAPH_START);
  g_assert_cmpuint (sentences->len, ==, 2);
  g_assert_cmpuint (g_array_index (sentences, WinnowToken, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (sentences, WinnowToken, 0).end, ==, strlen ("President Moon\nJae-in spoke"));
  g_assert_cmpuint (g_array_index (sentences, WinnowToken, 1).start, ==, strlen ("President Moon\nJae-in spoke\n\n"));
}

static void
test_boxed (void)
{
  WinnowToken t = { 3, 7, WINNOW_TOKEN_FLAG_SENTENCE_START };
  WinnowToken *copy = g_boxed_copy (WINNOW_TYPE_TOKEN, &t);

  g_assert_cmpuint (copy->start, ==, 3);
  g_assert_cmpuint (copy->end, ==, 7);
  g_assert_cmpuint (copy->flags, ==, WINNOW_TOKEN_FLAG_SENTENCE_START);
  g_boxed_free (WINNOW_TYPE_TOKEN, copy);
  g_assert_true (winnow_is_abbreviation ("Sept", -1));
  g_assert_true (winnow_is_abbreviation ("inc", 3));
  g_assert_false (winnow_is_abbreviation ("said", -1));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tokenizer/words", test_words);
  g_test_add_func ("/tokenizer/clitics-and-quotes", test_clitics_and_quotes);
  g_test_add_func ("/tokenizer/email-url", test_email_url);
  g_test_add_func ("/tokenizer/offsets", test_offsets);
  g_test_add_func ("/tokenizer/length-and-invalid", test_length_and_invalid);
  g_test_add_func ("/tokenizer/sentences", test_sentences);
  g_test_add_func ("/tokenizer/lines", test_lines);
  g_test_add_func ("/tokenizer/boxed", test_boxed);
  return g_test_run ();
}
