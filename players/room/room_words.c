/* room_words.c — every word the phone page and the room's answers show, in one table, so that a
 * translation replaces this file only; and the friendly names suggested to people joining. */
#include "room_internal.h"

#include <stdio.h>
#include <string.h>

static const struct {
    const char *key, *text;
} words[] = {
    { "lang", "en" },
    { "page_title", "casewalk room" },
    { "join_heading", "Join the room" },
    { "join_intro", "Vote on the case from your phone. Use a made-up name: the room sees only that name "
                    "and your discipline." },
    { "role_legend", "Your discipline" },
    { "role_other", "Other" },
    { "name_label", "Your name in the room (made up)" },
    { "name_other", "another name" },
    { "join_button", "Join" },
    { "you_are", "You are" },
    { "waiting", "Waiting for the facilitator to start the case." },
    { "decision", "Decision" },
    { "round_two", "Second vote, after the discussion" },
    { "vote_legend", "Your choice" },
    { "vote_hint", "Tap a choice to vote. You can change your vote until the facilitator closes voting." },
    { "your_vote", "Your vote" },
    { "no_vote", "You have not voted yet." },
    { "reason_label", "Your reason (optional)" },
    { "send_reason", "Send my reason" },
    { "reason_wait", "Tap a choice first: your reason is sent with your vote." },
    { "reason_sent", "reason sent" },
    { "your_vote_mark", "your vote" },
    { "clauses_legend", "Pick the clauses for the draft and number them in order" },
    { "clauses_hint", "Tick each clause you want and give it a number: 1 goes first." },
    { "clause_order", "Order" },
    { "own_label", "A sentence of your own (optional)" },
    { "send_draft", "Send my draft" },
    { "between", "between" },
    { "and", "and" },
    { "clauses_word", "clauses" },
    { "voting_closed", "Voting is closed. The facilitator decides next." },
    { "result_heading", "How the room voted" },
    { "scene_again", "The scene again" },
    { "first_round", "First vote" },
    { "second_round", "Second vote" },
    { "votes_of", "of" },
    { "row_pooled", "Others (fewer than 3 per role)" },
    { "row_all", "Whole room" },
    { "votes_word", "votes" },
    { "room_choice", "The room chose" },
    { "room_draft", "The room's draft" },
    { "your_feedback", "About your own answer" },
    { "wait_next", "Waiting for the next step." },
    { "ended_heading", "The case has ended" },
    { "ended_text", "Thank you for taking part. The facilitator leads the debrief from here." },
    { "closed_text", "The room has closed." },
    { "err_name_long", "Please use a name of at most 40 characters." },
    { "err_name_control", "Please use letters, numbers and punctuation only in your name." },
    { "err_role", "Please pick your discipline." },
    { "err_full", "this room is full" },
    { "err_internal", "Something went wrong on the facilitator's computer. Please try again." },
    { "err_not_joined", "Please join the room first." },
    { "err_closed", "voting is closed" },
    { "err_choice", "That choice is not on the screen." },
    { "err_clauses", "Please pick a valid set of clauses." },
    { "err_text_long", "Please keep your text under 1000 characters." },
    { "err_text_control", "Your text holds characters that cannot be saved." },
    { "err_rate", "too many requests" },
    { "no_script", "This page works without JavaScript: after voting, reload to see what changed." },
    { "reload", "Refresh" },
};

const char *room_word(const char *key)
{
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(words[i].key, key) == 0)
            return words[i].text;
    return key;
}

static const char *const adjectives[] = {
    "quiet", "brave", "calm", "bright", "gentle", "steady", "patient", "kind", "clever", "swift",
    "curious", "careful", "cheerful", "honest", "sunny", "warm", "wise", "bold", "merry", "lucky",
};
static const char *const animals[] = {
    "heron", "otter", "badger", "falcon", "robin", "fox", "owl", "beaver", "wren", "lynx",
    "marten", "finch", "hare", "seal", "crane", "moose", "swallow", "bison", "puffin", "koala",
};

void room_suggest_name(char *out, size_t size)
{
    unsigned char raw[3] = { 0 };
    room_random_bytes(raw, sizeof raw);
    size_t na = sizeof adjectives / sizeof adjectives[0], nb = sizeof animals / sizeof animals[0];
    snprintf(out, size, "%s-%s-%d", adjectives[raw[0] % na], animals[raw[1] % nb], 10 + raw[2] % 90);
}
