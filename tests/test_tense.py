"""Tests for the tense of the clause governing a temporal expression (needs the model)."""

from __future__ import annotations

import pytest

from newsgraph.extract.time.tense import NOUN_GONE_BY, SIMPLE_PAST, UNDIRECTED, clause_tense

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,word,tense", [
    ("The two envoys will meet in Doha on Friday.", "Friday", "future"),
    ("The two envoys met in Doha on Friday.", "Friday", SIMPLE_PAST),
    ("The two envoys have met in Doha since June.", "June", "past"),
    ("Talks are scheduled for Friday in Doha.", "Friday", "future"),
    ("The minister plans to visit the camp on Friday.", "Friday", "future"),
    ("The envoys are meeting in Doha on Friday.", "Friday", "future"),
    ("The ruling, announced on Friday, angered the opposition.", "Friday", SIMPLE_PAST),
    ("Friday's ruling angered the opposition.", "Friday", None),
    ("The firm hopes to reopen in January.", "January", "future"),
    ("The record set on Friday still stands.", "Friday", "past"),
    # the participle of a promise tells when it was made; of a schedule, the day ahead
    ("The ships bearing the aid pledged in February have not sailed.", "February", SIMPLE_PAST),
    ("The talks are scheduled for Friday.", "Friday", "future"),
    # ... and holds against a clause that looks ahead
    ("He said the council, elected in June, will meet soon.", "June", SIMPLE_PAST),
    # a name's particle the tagger read as a verb governs nothing
    ("Also on Wednesday, President Jose Eduardo dos Santos named a premier.", "Wednesday", "present"),
    ("The ceasefire had been due to expire on Friday evening.", "Friday", "past"),
    ("The vote had been scheduled to take place Friday.", "Friday", "past"),
    ("The vote is scheduled to take place Friday.", "Friday", "future"),
    ("The convoy will leave the border town Friday morning.", "Friday", "future"),
    ("The convoy left the border town Friday morning.", "Friday", SIMPLE_PAST),
    ("The envoys are still working under a June agreement.", "June", UNDIRECTED),
    # a verb of extending looks ahead to the end it moves, in any tense
    ("Lenders have extended the firm's credit line through January.", "January", "future"),
    ("The government postponed the vote until June.", "June", "future"),
    ("The curfew was extended until Monday.", "Monday", "future"),
    ("The government extended the ban on Friday.", "Friday", SIMPLE_PAST),
    ("Prices have risen through June.", "June", "past"),
    # a date hung on a noun takes a future clause's direction, and no other
    ("The agency will name her commander for a mission in December.", "December", "future"),
    ("The envoys discussed the ceasefire of March.", "March", None),
    # a gerund after a preposition takes the tense of the clause above it
    ("New flights will start in March, with a third departing from August 6.", "August", "future"),
    ("The minister left after meeting the envoys on Friday.", "Friday", "past"),
    # what a present copula says a thing is on is a day ahead
    ("The run-off is on Sunday.", "Sunday", "future"),
    ("The run-off was on Sunday.", "Sunday", SIMPLE_PAST),
    # ... and so is the clock time on a weekday it says a deadline is
    ("The deadline for the bids is 1600 GMT Thursday.", "1600", "future"),
    ("The deadline for the bids was 1600 GMT Thursday.", "1600", SIMPLE_PAST),
    # a present simple tells of a fixed day ahead, unless it reports or may be a past
    ("The finals get underway in Munich on June 9.", "June", "scheduled"),
    ("The two leaders meet separately on Monday with the envoy.", "Monday", "scheduled"),
    ("The ministry says on Monday that the border is shut.", "Monday", "present"),
    ("The survey indicates in February a drop in sales.", "February", "present"),
    ("Banks hurt small savers on Friday.", "Friday", "present"),
    # an expression is read from the word it hangs on, past its determiner or modifier
    ("The summit will open at the weekend.", "the weekend", "future"),
    ("Rebels attacked the town early Friday.", "early", SIMPLE_PAST),
    # an infinitive takes the clause it hangs in: under a past verb it says no more than the cue words
    ("The floods made it hard for farmers to sell their crops well into the summer.", "the summer", None),
    ("The firm announced a deal to sell the unit in January.", "January", None),
    ("The firm has a plan to sell the unit in January.", "January", "future"),
    ("He broke the rules by inviting an economist to sit in at briefings in January.", "January", None),
    # a present simple that places one thing beside another tells of no day ahead
    ("The rally follows a mass protest at the youth centre Thursday.", "Thursday", "present"),
    # a finite simple past is past, whatever a cue word of another clause says
    ("Rangers will play Motherwell, who drew at home to Celtic on Saturday.", "Saturday", SIMPLE_PAST),
    ("Protesters planned a large march on Saturday.", "Saturday", "past"),
    ("Palestinians want the truce extended, and on Sunday, the brigades gave Israel two weeks.",
     "Sunday", SIMPLE_PAST),
    # ... but not when the parse hung two days on one verb: one of them belongs to another clause
    ("Annan is scheduled to give a speech on bird flu Thursday, his spokesman announced Wednesday.",
     "Thursday", "past"),
    # a present simple's passive is scheduled too; a modal's is not
    ("Board nominations are made at the annual meeting in April.", "April", "scheduled"),
    ("The grandparents could not be located on Wednesday.", "Wednesday", "present"),
    # an adjective that puts a thing ahead puts its date ahead
    ("Klein saw few changes after an expected federal election in January.", "January", "future"),
    # a possessive day is ahead when a future clause holds the thing on it as subject or time
    ("Saturday's celebrations will draw large crowds.", "Saturday", "future"),
    ("The two will meet in Sunday's final.", "Sunday", "future"),
    ("The party will appeal Wednesday's ruling.", "Wednesday", None),
    ("The striker will miss Wednesday's trip to Porto.", "Wednesday", "future"),
    # a coordinated day takes the clause of the first
    ("Results will not be announced before Monday or Tuesday.", "Tuesday", "future"),
    # a date that modifies a noun says when that thing is; its clause's words do not move it,
    # but the day a fixture is held on is the nearest, unless a clause tells it as past or ahead
    ("Observers expected that the June elections would be calm.", "June", "nearest"),
    ("The June elections will be free.", "June", "future"),
    ("Rebels boycotted the June elections.", "June", "past"),
    ("Observers expected that the June rains would be heavy.", "June", UNDIRECTED),
    # a plan told in the past says nothing of whether its day is over: the nearest day
    ("The troops were to arrive in the port on Tuesday.", "Tuesday", "nearest"),
    ("The minister is to visit the camp on Tuesday.", "Tuesday", "future"),
    ("The refugees were supposed to fly out on Friday, but rebels blocked the airport.", "Friday", "nearest"),
    ("A second group of pilgrims was expected at the border on Saturday.", "Saturday", "nearest"),
    ("The verdict was due to be announced on Sunday night.", "Sunday", "nearest"),
    ("He planned to meet the envoys on Saturday.", "Saturday", "nearest"),
    # a clock time on a day is set for that day, as the day itself is; a thing one is held
    # for keeps its own day
    ("The vote is set for 11 a.m. on Saturday.", "11", "nearest"),
    ("The vote is set for 11 a.m. IST (0530 GMT) on Saturday.", "Saturday", "nearest"),
    ("Protests were called for 2 p.m. Sunday, but police banned them.", "2", "nearest"),
    ("He was arrested for the killing on Sunday.", "Sunday", "past"),
    ("The talks had been scheduled for Saturday.", "Saturday", "past"),
    # a modal of possibility with a bare verb: a day not yet over, the nearest
    ("Maybe we can hold a meeting at the end of January.", "the end", "nearest"),
    ("The envoys may meet again on Friday.", "Friday", "nearest"),
    ("The grandparents could not be located on Wednesday.", "Wednesday", "present"),
    # a name is no event: the date past it is the verb's
    ("The coach took charge in Malaga on Sunday.", "Sunday", SIMPLE_PAST),
    ("Officials were convinced the May vote could go ahead.", "May", "nearest"),
    ("The mediator said the summit could be held on Monday.", "Monday", "nearest"),
    # a plan's participle in a clause told in the past: the nearest day, gone by or ahead
    ("The rebels refused to attend talks scheduled Thursday.", "Thursday", "nearest"),
    ("The rebels will attend talks scheduled Thursday.", "Thursday", "future"),
    # "hoped", which the small pipeline lemmatises as "hop", still tells a plan
    ("The coalition hoped to name a premier on Tuesday.", "Tuesday", "nearest"),
    # what a thing no one schedules is dated by has happened, in any clause
    ("The inquiry into a March train crash has named no culprit.", "March", NOUN_GONE_BY),
    ("The quake on Sunday killed 40 people.", "Sunday", "past"),
    ("Rescuers searched the rubble of Monday's blast.", "Monday", "past"),
    ("The guard on duty during the March 3 incident will testify.", "March", NOUN_GONE_BY),
    ("Villagers will rebuild the homes burnt in the June raid.", "June", NOUN_GONE_BY),
    # a progressive with "still" tells of a thing going on, not an arrangement
    ("Divers are still searching the lake on Sunday.", "Sunday", "present"),
    # a date within what "since" opens is gone by
    ("The party has ruled alone since its landslide in the April elections.", "April", "past"),
    # what was done before a fixture says nothing of whether it has come
    ("The draw lifted spirits before their Sunday match.", "Sunday", "nearest"),
    ("The side lost their Sunday match.", "Sunday", "past"),
    # a law that comes into force on a day: a day ahead
    ("The new tax comes into force on Monday.", "Monday", "scheduled"),
    # a present in a time clause under a future one tells of a time ahead
    ("The rate will be set when the figures are published Thursday.", "Thursday", "future"),
    ("The rate was set when the figures were published Thursday.", "Thursday", "past"),
    # a clause with "with" and no verb of its own is no past ("died, with his funeral Tuesday")
    ("He died on Sunday, with his funeral taking place on Tuesday.", "Tuesday", "nearest"),
    # what one has agreed to is still to come
    ("The rebels have agreed to talks on Friday.", "Friday", "nearest"),
    # a possible thing is ahead; a war, a win are things that happened
    ("Envoys prepared for a possible meeting in March.", "March", "future"),
    ("Veterans recalled the 1967 summer war.", "summer", NOUN_GONE_BY),
    # a fixture of a future clause
    ("In his Saturday speech, the premier is expected to name a cabinet.", "Saturday", "future"),
    # what one had been rested for is told from after it; what one was rested for may lie ahead
    ("The striker had been rested for Saturday's derby.", "Saturday", "past"),
    ("The striker was rested for Saturday's derby.", "Saturday", "nearest"),
    # a fixture a plan's participle follows is set, not told as held: the nearest day
    ("Police banned a Saturday rally planned by students.", "Saturday", "nearest"),
    ("The arrests were meant to stop a weekend rally planned by the opposition.", "weekend", "nearest"),
    ("Police banned a Saturday rally organised by students.", "Saturday", "past"),
    # a present with a subject that the tagger gives a base form ("VB") is still a present
    ("Seats costing 30 pounds (59 dollars, 44 euros) go on sale from 0800 GMT Wednesday.", "Wednesday",
     "scheduled"),
    ("Go to the polls on Wednesday.", "Wednesday", None),  # an imperative has no subject
    # a verb whose past looks like its present, in a clause that cannot be gone by under one
    # ahead, is a present; after "after" it may have happened
    ("Before voters cast their ballots on Thursday, soldiers will vote.", "Thursday", "future"),
    ("Before voters cast their ballots on Thursday, soldiers voted.", "Thursday", "past"),
    ("After the shell hit the school on Thursday, police will close the road.", "Thursday", SIMPLE_PAST),
])
def test_tense_of_governing_verb(nlp, text, word, tense):
    tense_of = clause_tense(nlp(text))
    assert tense_of(text.index(word)) == tense
