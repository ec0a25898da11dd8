package org.vigil.town.names;

import org.vigil.town.world.Dice;

/**
 * Synthetic given names and surnames, written for this generator: common in the UK, from many backgrounds, listed
 * interleaved so that neither a name's place in the list nor its frequency follows any background. Every person in
 * the town, whatever their part in it, draws from these same lists the same way, so names carry no signal about
 * who offends. No list here names a real victim or accused person; collisions with real people are coincidence.
 */
public final class NameBook {
    private static final String[] FEMALE = {
        "Emma", "Aisha", "Sophie", "Chloe", "Priya", "Jessica", "Niamh", "Lauren", "Fatima", "Hannah",
        "Amy", "Shanice", "Rebecca", "Agnieszka", "Charlotte", "Megan", "Zainab", "Danielle", "Gemma", "Simran",
        "Kayleigh", "Stacey", "Abena", "Leanne", "Jade", "Yasmin", "Natalie", "Kirsty", "Siobhan", "Samantha",
        "Nicola", "Mei", "Sarah", "Laura", "Hodan", "Rachel", "Katie", "Harpreet", "Holly", "Ellie",
        "Ioana", "Zoe", "Shannon", "Amina", "Courtney", "Chantelle", "Cerys", "Amber", "Jodie", "Kelly",
        "Precious", "Lisa", "Michelle", "Nadia", "Claire", "Joanne", "Katarzyna", "Donna", "Tracey", "Linh",
        "Julie", "Karen", "Sana", "Susan", "Helen", "Aoife", "Lucy", "Grace", "Keisha", "Olivia",
        "Maryam", "Rhiannon", "Paige", "Bethany", "Anjali", "Victoria", "Elizabeth", "Ngozi", "Jennifer", "Tanisha",
        "Eilidh", "Layla", "Magdalena", "Kerry", "Abigail", "Rukhsana", "Jasmine", "Kiran", "Demi", "Esi",
        "Lucia", "Monique", "Ciara", "Georgia", "Samira", "Bronwen", "Melissa", "Ayan", "Toni", "Farah",
        "Ewa", "Carly", "Aaliyah", "Sian", "Manpreet", "Folake", "Hui", "Nasreen", "Tia", "Molly",
        "Zuzana", "Catriona", "Sadia", "Blessing", "Gurpreet", "Leah", "Nicole", "Huong", "Ifrah", "Alisha",
    };

    private static final String[] MALE = {
        "Daniel", "Mohammed", "James", "Thomas", "Kwame", "Joshua", "Piotr", "Ryan", "Imran", "Matthew",
        "Sean", "Luke", "Raj", "Jack", "Liam", "Delroy", "Connor", "Ali", "Callum", "Tomasz",
        "Kieran", "Hassan", "Jordan", "Rhys", "Lewis", "Wei", "Adam", "Nathan", "Chinedu", "Jamie",
        "Craig", "Tariq", "Lee", "Declan", "Wayne", "Sanjay", "Dean", "Marius", "Darren", "Abdi",
        "Gary", "Paul", "Kofi", "Mark", "Bilal", "Steven", "Gareth", "Andrew", "Minh", "David",
        "Michael", "Leroy", "Christopher", "Krzysztof", "Robert", "Yusuf", "John", "Gurdeep", "Peter", "Hamish",
        "Richard", "Emeka", "Anthony", "Kamran", "Kevin", "Ciaran", "Shaun", "Jermaine", "Carl", "Faisal",
        "Neil", "Amit", "Simon", "Marek", "Ian", "Tunde", "Stuart", "Omar", "Ashley", "Dafydd",
        "Marcus", "Ahmed", "Aaron", "Vikram", "Ben", "Florin", "Scott", "Obinna", "Jason", "Zahid",
        "Martin", "Fraser", "Tyrone", "Jaswinder", "Kyle", "Hamza", "Reece", "Pawel", "Shahid", "Owen",
        "Jun", "Nathaniel", "Mahad", "Karl", "Ibrahim", "Andre", "Sunil", "Lukasz", "Adil", "Winston",
        "Mustafa", "Padraig", "Harjit", "Ewan", "Segun", "Khalid", "Tuan", "Asif", "Mehmet", "Stefan",
    };

    private static final String[] SURNAMES = {
        "Smith", "Khan", "Jones", "Taylor", "Okafor", "Brown", "Patel", "Williams", "Kowalski", "Wilson",
        "Murphy", "Hussain", "Johnson", "Davies", "Campbell", "Robinson", "Singh", "Wright", "Nguyen", "Thompson",
        "Ahmed", "Evans", "Mensah", "Walker", "O'Brien", "White", "Begum", "Roberts", "Chen", "Green",
        "Hall", "Kaur", "Wood", "Nowak", "Jackson", "Ali", "Clarke", "Francis", "Marsh", "Shah",
        "Lane", "Hughes", "Hill", "Adeyemi", "Moore", "Iqbal", "Cooper", "Byrne", "Ward", "Popescu",
        "Turner", "Akhtar", "Parker", "Harris", "Owusu", "Lewis", "Sharma", "Martin", "Kelly", "King",
        "Mahmood", "Lee", "Baptiste", "Baker", "Abdi", "Allen", "Young", "Gill", "Scott", "Wong",
        "Mitchell", "Rahman", "Carter", "Stewart", "Phillips", "Wisniewski", "Bennett", "Mohamed", "Shaw", "Holmes",
        "Sandhu", "Mills", "Morgan", "Fox", "Yilmaz", "Booth", "Hassan", "Cartwright", "McDonald", "Hirst",
        "Tran", "Firth", "Osman", "Haigh", "Price", "Horvath", "Senior", "Chaudhry", "Ibbotson", "Macleod",
        "Crossley", "Asante", "Broadhead", "Rashid", "Fletcher", "Dhillon", "Barker", "Demir", "Atkinson", "Riaz",
        "Walsh", "Kamara", "Hartley", "Malik", "Dyson", "Bailey", "Grant", "Nawaz", "Lord", "Sutcliffe",
        "Ellis", "Bibi", "Pearson", "Richards", "Farah", "Gordon", "Sykes", "Butt", "Hanson", "Edwards",
        "Brookes", "Igwe", "Kirk", "Anwar", "Gibson", "Reid", "Mirza", "Clegg", "Morris", "Dobson",
    };

    private NameBook() {
    }

    /** A given name for a person of this sex ('F' or 'M'); common names come up more often than rare ones. */
    public static String given(char sex, Dice dice) {
        String[] names = sex == 'F' ? FEMALE : MALE;
        return names[dice.skewed(names.length, 25)];
    }

    /** A surname; about one in forty is double-barrelled. */
    public static String surname(Dice dice) {
        String first = SURNAMES[dice.skewed(SURNAMES.length, 20)];
        if (dice.chance(0.025)) {
            String second = SURNAMES[dice.below(SURNAMES.length)];
            return second.equals(first) ? first : first + "-" + second;
        }
        return first;
    }

    /** How many given names of each sex and surnames the book holds, for tests. */
    public static int[] sizes() {
        return new int[] {FEMALE.length, MALE.length, SURNAMES.length};
    }
}
