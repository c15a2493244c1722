package dev.summitbot.generate;

import java.util.Arrays;
import java.util.List;

/**
 * The real English words the generator starts from, most frequent first. Function words are the
 * closed class every sentence is glued with; content words are common news vocabulary. Synthetic
 * words ({@link Vocabulary}) extend the content words to a few thousand forms.
 */
final class WordLists {

    /** Function words, roughly in order of frequency in English news text. */
    static final List<String> FUNCTION = words("""
            the of and to a in that is was for on it with as he be at by his this had not are but from or
            have an they which one were her all she there would their we him been has when who will more if
            out so what up its about into than them can only other some could these two may then do first any
            now such like our over even most after also did many before must through where much well down
            should because each just those how too very still own between both being under never same another
            while might off since against three upon during without however among within until although
            whether toward around across several""");

    /** Common content words of news text (nouns, verbs, adjectives), most frequent first. */
    static final List<String> CONTENT = words("""
            said new year people government time president officials country state week percent support
            security agreement talks plan report group public minister world told city police help military
            according former national leaders million billion economy foreign war forces court law party
            election campaign members company market prices spending budget workers energy water health
            schools children families community local region border peace deal sanctions trade meeting
            summit statement decision proposal issue problem policy power control rights service program
            system office council committee official spokesman agency department army troops attack attacks
            killed wounded crisis conflict ceasefire negotiations treaty alliance allies partners pressure
            funding investment growth inflation interest rates bank banks jobs unemployment industry
            production exports imports oil gas electricity grid climate emissions weather storm flood
            drought harvest farmers food supply shortage aid refugees migrants hospital doctors patients
            vaccine disease outbreak research scientists study data technology internet network software
            phone media newspaper television reporters interview speech vote voters ballot parliament senate
            congress lawmakers legislation bill reform tax taxes debt deficit revenue costs income wages
            pension housing rent property construction roads railway airport flights travel tourism visitors
            season team players match game coach league championship victory defeat record history museum
            festival music film book author artist culture church religious leader prime chief head director
            executive manager chairman board shareholders profits losses shares investors fund capital
            currency exchange crisis recovery stability risk threat warning response strategy approach effort
            efforts progress success failure concern concerns criticism protest protests demonstrators rally
            strike union contract agreement settlement dispute lawsuit judge trial verdict sentence prison
            investigation evidence witness charges suspect arrest custody release detention border crossing
            territory region province district village town capital coast island mountain river valley
            north south east west northern southern eastern western central international regional domestic
            political economic social financial environmental military diplomatic legal public private
            major significant important serious recent current previous early late final full broad strong
            weak large small high low long short key main senior junior young older local global
            announced reported confirmed denied warned urged called agreed rejected accepted signed approved
            blocked passed launched opened closed started ended increased reduced raised cut expected planned
            proposed promised demanded requested offered received sent delivered provided built destroyed
            damaged moved returned left arrived joined met visited discussed considered described
            explained suggested argued claimed insisted acknowledged admitted criticized praised welcomed
            condemned supported opposed backed funded managed led won lost""");

    /** Past-tense verb phrases that a fact relates its subject and object with. */
    static final List<String> RELATIONS = List.of(
            "announced", "rejected", "signed", "criticized", "proposed", "approved", "blocked", "funded",
            "launched", "opposed", "endorsed", "described", "negotiated", "welcomed", "condemned", "praised",
            "questioned", "delayed", "expanded", "suspended", "defended", "unveiled", "reviewed", "postponed",
            "met with", "called for", "pushed for", "warned against", "agreed to", "withdrew from",
            "took part in", "spoke about", "voted against", "voted for", "asked for", "pointed to");

    /** Determiners and modifiers that open a fact's object. */
    static final List<String> OBJECT_OPENERS = List.of(
            "the", "the", "the", "a new", "the proposed", "an early", "the revised", "its", "the regional",
            "the national", "a second", "the disputed");

    /** Openers that may stand before a fact's subject; they are not part of the fact's quote. */
    static final List<String> LEADS = List.of(
            "On Monday,", "On Tuesday,", "On Wednesday,", "On Thursday,", "On Friday,", "Last week,",
            "Earlier this year,", "In a statement,", "Later that day,", "By contrast,", "Meanwhile,");

    static final List<String> FIRST_NAMES = words("""
            maria james anna david elena michael sofia daniel laura peter olga thomas ingrid paul nadia
            robert irina george helena mark julia andrew teresa martin clara lucas amira omar yusuf leila
            hassan fatima kenji yuki hiroshi mei chen wei arjun priya ravi anita carlos lucia diego ana
            pedro rosa miguel ines jonas freya erik astrid lars sven nils karin pavel marta tomas zofia
            jan katarzyna viktor alina samuel grace joseph ruth kwame ama thabo naledi emeka ngozi""");

    static final List<String> LAST_NAMES = words("""
            kowalski novak horvat petrov ivanova schmidt weber fischer meyer wagner becker hoffmann
            schulz koch richter klein wolf neumann braun zimmermann kruger hartmann lange werner krause
            lehmann kaiser fuchs peters stein jung moller morales garcia fernandez lopez martinez sanchez
            romero torres ramirez flores rivera gomez diaz reyes cruz ortiz silva santos pereira costa
            almeida ferreira rodrigues oliveira carvalho rossi russo ferrari esposito bianchi romano
            colombo ricci marino greco bruno gallo conti leone costa rinaldi lombardi moretti nakamura
            tanaka suzuki takahashi watanabe yamamoto kobayashi sato kato yoshida okafor adeyemi mensah
            boateng nkosi dlamini mwangi otieno haddad khalil nasser rahman hussein aziz karimi tehrani
            sharma patel gupta singh kumar rao iyer nair mehta desai wang zhang liu yang huang zhao
            lindqvist johansson andersson nilsson eriksson larsen hansen jensen nielsen berg dahl""");

    static final List<String> ORGANISATION_KINDS = List.of(
            "Ministry", "Council", "Commission", "Authority", "Agency", "Institute", "Union", "Party",
            "Bank", "Group", "Federation", "Foundation", "Court", "Assembly", "Alliance");

    static final List<String> PUBLISHERS = List.of(
            "The Northern Courier", "Harbour Daily", "The Evening Ledger", "Valley Times", "The Civic Post",
            "Morning Dispatch", "The Plainsman", "Coastal Herald", "The Capital Review", "Riverside Gazette");

    static final List<String> TAGS = List.of(
            "general-news", "politics", "economy", "war-and-conflicts", "policy-and-legislation", "energy",
            "health", "science", "sports", "culture", "climate", "business", "diplomacy", "justice");

    /** Off-topic words for questions the knowledge cannot answer. */
    static final List<String> OFF_TOPIC = words("""
            recipe sourdough bread weather tomorrow football score guitar chords vacation beach laptop
            battery password wifi router puppy training knitting pattern chess opening marathon shoes
            coffee espresso telescope planets dinosaur fossils origami crane volcano lava tattoo sunscreen""");

    private WordLists() {}

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).distinct().toList();
    }
}
