package org.vigil.bench.town;

/**
 * The town's synthetic name stock. Adults of every kind (offenders, carers, drivers, parents) draw from the same
 * lists, so a name never says which kind a person is. Nicknames are shared town-wide, so two unrelated men may both be
 * "Jay". No name here is meant to be any real person.
 */
final class Names {
    static final String[] GIRLS = {"Kayleigh", "Chantelle", "Leanne", "Jodie", "Stacey", "Amber", "Tanya", "Danielle",
        "Gemma", "Shannon", "Becky", "Laura", "Sian", "Holly", "Courtney", "Jade", "Kirsty", "Lauren", "Megan",
        "Natalie", "Paige", "Tasha", "Zoe", "Abbie", "Demi", "Keeley", "Lacey", "Mollie", "Nicole", "Rhiannon",
        "Summer", "Toni", "Aisha", "Sana", "Mariam", "Kelsey", "Bethany", "Charlene"};
    static final String[] BOYS = {"Connor", "Jordan", "Kyle", "Liam", "Reece", "Tyler", "Callum", "Bradley", "Dean",
        "Jake", "Lewis", "Nathan", "Ryan", "Scott", "Shane", "Aaron", "Zain", "Haris", "Kieran", "Josh"};
    static final String[] MEN = {"Adil", "Amir", "Asif", "Bilal", "Darren", "Faisal", "Gary", "Hassan", "Imran",
        "Jamal", "Kamran", "Karim", "Lee", "Majid", "Mark", "Mehmet", "Nadeem", "Omar", "Paul", "Qasim", "Rafiq",
        "Sajid", "Steven", "Tariq", "Usman", "Wayne", "Yasin", "Zubair", "Craig", "Kevin", "Arif", "Danny", "Nasir",
        "Shahid", "Tony", "Ricky", "Kris", "Jason", "Mohsin", "Rizwan", "Aziz", "Ibrahim", "Martin", "Neil", "Shaun",
        "Stuart", "Piotr", "Marek", "Ahmed", "Carl", "Graham", "Ian", "Jamie", "Robert"};
    static final String[] WOMEN = {"Angela", "Beverley", "Carol", "Donna", "Elaine", "Fiona", "Gillian", "Helen",
        "Janet", "Karen", "Lisa", "Michelle", "Nadia", "Rukhsana", "Samina", "Sharon", "Tracey", "Yvonne", "Shabana",
        "Julie", "Debbie", "Amanda", "Agnieszka", "Joanne", "Claire", "Sarah"};
    static final String[] SURNAMES = {"Ashworth", "Barker", "Birch", "Bostock", "Bradshaw", "Carr", "Crossley",
        "Dawson", "Denton", "Eastwood", "Fairclough", "Foster", "Gill", "Greaves", "Hargreaves", "Haigh", "Holroyd",
        "Hussain", "Iqbal", "Kaur", "Kershaw", "Lockwood", "Mahmood", "Malik", "Marsden", "Mellor", "Mirza",
        "Naylor", "Nutter", "Ormerod", "Pickles", "Quinn", "Rahman", "Ramsden", "Riaz", "Schofield", "Shaw",
        "Siddiqui", "Stott", "Sutcliffe", "Thornton", "Uddin", "Wadsworth", "Whitworth", "Yates", "Zaman", "Butt",
        "Chaudhry", "Kowalski", "Nowak", "Horvath", "O'Brien", "McCann", "Doyle", "Walsh", "Akhtar"};
    static final String[] NICKNAMES = {"Mo", "Jay", "Taz", "Bash", "Kingy", "Rocky", "Smiler", "Ace", "Boss", "Chops",
        "Dee", "Kash", "Maz", "Spider", "Tiny", "Slim", "Big Man", "Bubbles", "Shorty", "Sonny", "Daddy", "Uncle",
        "Kaz", "Rizzy", "Zed", "Tank", "Frankie", "Bez", "Nas", "Saj", "Scouse", "Chubbs", "Gaz", "Ticks"};
    static final String[] STREETS = {"Ferham Road", "Wellgate", "Clifton Lane", "Moorgate Street", "Wharncliffe Avenue",
        "Eldon Road", "Bridge Street", "Canklow Road", "Herringthorpe Valley Road", "Doncaster Gate", "Occupation Lane",
        "Masbrough Street", "Psalter Lane", "Kimberworth Road", "Broom Road", "Tooker Road", "Gerard Road",
        "Godstone Road", "Percy Street", "Alma Road", "Milton Street", "Chapel Walk", "Station Road", "Mill Lane",
        "Albert Road", "Victoria Street", "Park Avenue", "Church Street", "Spring Street", "Hollowgate"};
    static final String[] TAKEAWAYS = {"Star Pizza", "Golden Grill", "Chicken Palace", "Mario's Kebabs",
        "Bengal Spice", "Kebab King", "Regal Pizza", "Mister Chips", "Night Bite", "Jumbo Grill", "Zam Zam Kebabs",
        "Pizza Planet"};
    static final String[] TAXI_FIRMS = {"A1 Cars", "Star Taxis", "Town Cars", "City Private Hire", "Speedline Taxis",
        "Ace Cars", "Phoenix Cabs", "Streamline Taxis"};
    static final String[] HOTELS = {"Station Hotel", "Travel Stop Northfield", "The Crown Hotel", "Riverside Lodge",
        "Kings Arms Hotel"};
    static final String[] CARS = {"silver Astra", "black Passat", "silver Skoda Octavia", "white Corsa",
        "blue Focus", "black BMW 3 series", "red Golf", "grey Insignia", "silver Toyota Prius", "black Audi A4",
        "white Transit van", "green Micra"};

    private Names() {
    }
}
