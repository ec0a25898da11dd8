"""Static data for town6: one shared pool of names (used for every kind of person),
streets, places, vehicles.  Everything here is invented; no name was taken from a real
case.  First names of men convicted in the published cases were left out of the pool."""

# Name groups with weights.  Every kind of person (offender, victim, carer, parent...) draws
# from the same groups with the same weights, so a name never tells what a person is.
GROUPS = [('wb', 64), ('pk', 11), ('bd', 3), ('in', 3), ('pl', 5), ('ro', 4), ('ku', 3),
          ('af', 4), ('cn', 1), ('eu', 2)]

WB_M_OLD = ("Gary Darren Lee Paul Mark Wayne Craig Dean Shaun Stephen Andrew David John Michael "
            "Richard Neil Carl Jason Kevin Steven Christopher Anthony Martin Ian Robert Peter Simon "
            "Scott Daniel James Glen Barry Keith Trevor Graham Philip Terry Ryan Matthew Liam Sean "
            "Declan Gareth Rhys Owen Darrell Stuart Colin").split()
WB_F_OLD = ("Tracey Julie Karen Dawn Michelle Sharon Lisa Joanne Donna Kelly Nicola Sarah Claire Emma "
            "Gemma Amanda Samantha Louise Rachel Helen Angela Deborah Jacqueline Carol Susan Leanne "
            "Stacey Kerry Vicky Natalie Siobhán Niamh Bronwen Jo Mandy Tina Lorraine Debbie").split()
WB_M_YOUNG = ("Jack Callum Liam Kyle Connor Jordan Ryan Joshua Bradley Lewis Jake Reece Tyler Nathan "
              "Ben Sam Harry Charlie Alfie Aiden Brandon Kieran Jamie Luke Macauley Owen Dylan Mason "
              "Corey Declan Ethan Cameron Thomas Oliver Rhys Daniel Jay Kai Leon").split()
WB_F_YOUNG = ("Chloe Jessica Kayleigh Jade Courtney Shannon Amy Megan Lauren Bethany Chantelle Kirsty "
              "Leah Holly Paige Sophie Charlotte Abbie Demi Jodie Casey Ellie Hannah Rebecca Danielle "
              "Keeley Tia Jasmine Caitlin Amber Zoë Mollie Kelsey Nicole Brooke Aimee Libby Niamh "
              "Summer Leigh Chelsea Renée Katie Lucy").split()
WB_S = ("Smith Jones Taylor Brown Wilson Walsh Marsh Hirst Shaw Booth Walker Wood Thompson Wright "
        "Robinson Hall Green Clarke Jackson Turner Hill Moore White Harris Martin Cooper Ward Bailey "
        "Holmes Kelly Murphy O'Brien Doyle McCarthy Riley Lynch Bennett Barker Fletcher Sykes Haigh "
        "Crossley Firth Oldroyd Pickering Dawson Kershaw Lockwood Gledhill Ackroyd Stead Binns "
        "Priestley Horsfall Naylor Mellor Heaton Hopkinson Ramsden Armitage Beaumont Broadbent "
        "Schofield Fielding Hargreaves Evans Davies Price Llewellyn MacDonald Campbell Stewart Fraser "
        "Reid Ward-Booth Parkinson-Hirst Smith-Jones O'Neill Mc Guinness").split()
WB_S = [s for s in WB_S if s not in ('Mc', 'Guinness')] + ["McGuinness"]

NAMES = {
    'wb': dict(mo=WB_M_OLD, fo=WB_F_OLD, m=WB_M_YOUNG, f=WB_F_YOUNG, s=WB_S),
    'pk': dict(m=("Mohammed Imran Tariq Asif Sajid Nadeem Zahid Wasim Aamir Faisal Usman Bilal Hamza "
                  "Zain Adnan Kashif Shahid Khalid Naveed Rizwan Tahir Sohail Javed Amjad Arif Yasir "
                  "Ibrahim Haroon Danyal Rehan Ayaan Saqib Mudassar Waqas Ali Umar Nasir Iftikhar "
                  "Ilyas").split(),
               f=("Ayesha Fatima Sana Saima Nadia Rubina Shazia Aisha Hina Mariam Amina Zainab Iqra "
                  "Nosheen Samina Farah Bushra Kiran Alisha Hafsa Noor Maryam Safiya").split(),
               s=("Khan Hussain Ahmed Ali Iqbal Mahmood Akhtar Rashid Shah Butt Malik Rehman Qureshi "
                  "Chaudhry Mirza Raja Bashir Anwar Yousaf Javed Nawaz Latif Siddique Zaman Rafiq "
                  "Saleem Majeed Hanif Sadiq").split()),
    'bd': dict(m="Rahim Shafiq Jamal Rashed Mizanur Habib Sohel Rubel Anwar Shamim Nazmul Kamrul".split(),
               f="Nasreen Rokeya Shirin Taslima Sumaiya Jannat Farzana Sabina".split(),
               s="Miah Uddin Rahman Islam Ahmed Chowdhury Hoque Alam Karim Sarkar".split()),
    'in': dict(m="Gurpreet Jaspal Harjit Rajesh Sanjay Vikram Amit Manjit Sunil Arjun Rohan".split(),
               f="Priya Harpreet Manpreet Anita Sunita Neha Pooja Simran Jaspreet".split(),
               s="Singh Patel Sharma Gill Sandhu Sidhu Mistry Chauhan Bains Kumar".split()),
    'pl': dict(m="Łukasz Piotr Tomasz Krzysztof Paweł Marcin Michał Kamil Jakub Mateusz Wojciech Bartosz Szymon Dawid".split(),
               f="Agnieszka Katarzyna Magdalena Joanna Anna Monika Natalia Zuzanna Wiktoria Aleksandra Małgorzata".split(),
               s="Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Dąbrowski Kozłowski Mazur Krawczyk".split()),
    'ro': dict(m="Ionuț Andrei Florin Marius Ștefan Adrian Bogdan Gheorghe Mihai Radu Jozef Tomáš Marek Ján".split(),
               f="Ioana Elena Andreea Denisa Alexandra Mădălina Larisa Veronika Petra Kristína Lenka".split(),
               s="Popescu Ionescu Stan Dumitru Radu Lungu Balog Horváth Oláh Kováč Dudi Gaži Čonka".split()),
    'ku': dict(m="Karwan Rebwar Aram Dilshad Hawre Ahmad Farhad Omid Reza Samir Yousef Baran Shwan".split(),
               f="Shilan Avin Roza Lana Nazanin Parisa Shirin Hevi".split(),
               s="Karimi Ahmadi Mohammadi Rahimi Hosseini Abdullah Mustafa Omar Rasul Qadir Salih Hama".split()),
    'af': dict(m="Marcus Tyrone Leon Jermaine Delroy Andre Kwame Chidi Emeka Oluwaseun Tunde Kofi Abdi Jamal Kane Tyreese".split(),
               f="Shanice Kezia Tanisha Chantel Adaeze Ngozi Folake Amara Hodan Ifrah Nia Simone".split(),
               s="Campbell Brown Williams Thomas Grant Francis Okafor Adeyemi Mensah Osei Nwosu Okonkwo Abdi Warsame Farah Hassan Clarke".split()),
    'cn': dict(m="Wei Jun Hao Ming Kenny Jason".split(), f="Mei Li Xin Ying Jenny".split(),
               s="Chen Wang Li Zhang Liu Wong Cheung Lam".split()),
    'eu': dict(m="Marco Luca João Tiago Rui Tomas Mindaugas Darius".split(),
               f="Giulia Ana Inês Rūta Gintarė Laura".split(),
               s="Rossi Esposito Silva Santos Ferreira Kazlauskas Petrauskas Jankauskas".split()),
}

# Full names of people accused or convicted in the published cases are never produced.
BLOCKED = {("Arshid", "Hussain"), ("Basharat", "Hussain"), ("Bannaras", "Hussain"),
           ("Shabir", "Ahmed"), ("Abdul", "Aziz"), ("Abdul", "Rauf"), ("Adil", "Khan"),
           ("Akhtar", "Dogar"), ("Anjum", "Dogar"), ("Kamar", "Jamil"), ("Assad", "Hussain"),
           ("Mohammed", "Karrar"), ("Bassam", "Karrar"), ("Zeeshan", "Ahmed"), ("Ahdel", "Ali"),
           ("Mubarek", "Ali"), ("Mohammed", "Liaqat"), ("Abid", "Saddique"), ("Qurban", "Ali"),
           ("Mohammed", "Sajid"), ("Kabeer", "Hassan"), ("Hamid", "Safi"), ("Abdul", "Qayyum")}

# Diminutives and anglicised forms.
DIM = {
    'Mohammed': ['Mo', 'Moh'], 'Imran': ['Immy'], 'Daniel': ['Danny', 'Dan'], 'Michael': ['Mick', 'Mikey'],
    'Christopher': ['Chris'], 'Anthony': ['Tony', 'Ant'], 'Stephen': ['Steve'], 'Steven': ['Steve'],
    'Andrew': ['Andy'], 'David': ['Dave', 'Davey'], 'Richard': ['Rich', 'Ricky'], 'Robert': ['Rob', 'Robbie'],
    'James': ['Jim', 'Jimmy'], 'Kayleigh': ['Kay', 'Kayls'], 'Rebecca': ['Becky', 'Becca'], 'Jessica': ['Jess'],
    'Samantha': ['Sam', 'Sammy'], 'Charlotte': ['Charlie', 'Lottie'], 'Bethany': ['Beth'], 'Danielle': ['Dani'],
    'Nicola': ['Nicky'], 'Łukasz': ['Luke', 'Lukas'], 'Wojciech': ['Wojtek'], 'Tomasz': ['Tomek', 'Tom'],
    'Krzysztof': ['Krzys', 'Chris'], 'Aleksandra': ['Ola'], 'Małgorzata': ['Gosia'], 'Katarzyna': ['Kasia', 'Kate'],
    'Joshua': ['Josh'], 'Bradley': ['Brad'], 'Nathan': ['Nate'], 'Cameron': ['Cam'], 'Gareth': ['Gaz'],
    'Gary': ['Gaz'], 'Darren': ['Daz'], 'Barry': ['Baz'], 'Kieran': ['Kez'], 'Callum': ['Cal'],
    'Macauley': ['Mac'], 'Oluwaseun': ['Seun'], 'Tariq': ['Taz'], 'Nadeem': ['Naz'], 'Naveed': ['Nav'],
    'Shahid': ['Shaz'], 'Kashif': ['Kash'], 'Rizwan': ['Riz', 'Rizzy'], 'Zahid': ['Zed'], 'Sajid': ['Saj'],
    'Asif': ['Ace'], 'Amjad': ['Jad'], 'Faisal': ['Fez'], 'Gurpreet': ['Gurps'], 'Marius': ['Mario'],
    'Ionuț': ['Johnny'], 'Gheorghe': ['George'], 'Mihai': ['Mike'], 'Bilal': ['Billy'], 'Jermaine': ['Jerm'],
    'Tyrone': ['Ty'], 'Hamza': ['Hamz'], 'Usman': ['Ozzy'], 'Ibrahim': ['Ibby'], 'Haroon': ['Ronnie'],
    'Yasir': ['Yas'], 'Kimberley': ['Kim'], 'Jacqueline': ['Jackie'], 'Deborah': ['Debs'], 'Amanda': ['Mandy'],
    'Alexandra': ['Alex'], 'Chantelle': ['Chan'], 'Courtney': ['Court'], 'Mollie': ['Moll'],
    'Jodie': ['Jodes'], 'Natalie': ['Nat'], 'Victoria': ['Vicky'], 'Jasmine': ['Jas', 'Jazz'],
    'Jaspal': ['Jas'], 'Kwame': ['K'], 'Delroy': ['Del'], 'Terry': ['Tel'], 'Matthew': ['Matty'],
    'Thomas': ['Tommy'], 'Harry': ['H'], 'Piotr': ['Peter'], 'Ștefan': ['Stef'], 'Andrei': ['Andy'],
    'Aleksander': ['Olek'], 'Jozef': ['Joe'], 'Dilshad': ['Dil'], 'Rebwar': ['Reb'], 'Karwan': ['Kaz'],
}
STREET_M = ("Tiny Bigs Ace Jay Deano Smiler Boss Chez Bones Taz Rocky Shorty Mouse Duke Spider Kingy "
            "Bam Specs Ghost Prince Sparky Snoop Tank Zee Rico Kaz Dee Max Dex Lucky Scouse Wiz "
            "Frosty Milky Bear Cheeks Pops Uncle Slim Ginger Rabbit").split()
STREET_F = "Babes Kiki Lulu Princess Bubbles Dee Tink Red Jazz Bella".split()

# Spellings that agencies confuse.
VARIANT_SETS = [
    ['Mohammed', 'Mohammad', 'Muhammad', 'Mohamed', 'Mohamad', 'Muhammed'],
    ['Hussain', 'Hussein', 'Husain', 'Hussan'], ['Kayleigh', 'Kayley', 'Kaylee', 'Kaleigh', 'Kayleah'],
    ['Stephen', 'Steven'], ['Sean', 'Shaun', 'Shawn'], ['Aaron', 'Arron'], ['Katie', 'Katy', 'Katey'],
    ['Leigh', 'Lee'], ['Nicola', 'Nichola', 'Nikola'], ['Zoë', 'Zoe', 'Zoey'], ['Shannon', 'Shanon'],
    ['Bethany', 'Bethanie'], ['Courtney', 'Cortney'], ['Chantelle', 'Shantelle', 'Chantel'],
    ['Jade', 'Jayde'], ['Ahmed', 'Ahmad', 'Ahmet'], ['Mahmood', 'Mehmood', 'Mahmud'],
    ['Rehman', 'Rahman', 'Rehmann'], ['Connor', 'Conor'], ['Callum', 'Calum'],
    ['Macauley', 'Macaulay', 'McCauley'], ['Chaudhry', 'Choudhury', 'Chowdhury', 'Chaudry'],
    ['Qureshi', 'Quereshi', 'Kureshi'], ['Siddique', 'Siddiqui', 'Sadique'], ['Yousaf', 'Yousuf', 'Yusuf'],
    ['Reece', 'Rhys', 'Reese'], ['Leanne', 'Lianne'], ['Jodie', 'Jody'], ['Abbie', 'Abby', 'Abi'],
    ['Demi', 'Demmi'], ['Keeley', 'Keely', 'Keighley'], ['Mollie', 'Molly'], ['Aimee', 'Amy'],
    ['Tracey', 'Tracy'], ['Kelly', 'Kelley'], ['Hirst', 'Hurst'], ['Haigh', 'Hague'],
    ['McCarthy', 'MacCarthy', 'Mccarthy'], ['MacDonald', 'McDonald'], ['O\'Brien', 'OBrien', 'O Brien'],
    ['O\'Neill', 'ONeill', 'O\'Neil'], ['Gledhill', 'Gleadhill'], ['Oldroyd', 'Oldroid'],
    ['Horsfall', 'Horsefall'], ['Crossley', 'Crosley'], ['Schofield', 'Scholfield', 'Scofield'],
    ['Okafor', 'Okafur'], ['Oluwaseun', 'Oluwasean'], ['Tyreese', 'Tyrese', 'Tyreece'],
    ['Kováč', 'Kovac', 'Kovacs'], ['Horváth', 'Horvath'], ['Wiśniewski', 'Wisniewski', 'Wisnewski'],
    ['Ionuț', 'Ionut'], ['Ștefan', 'Stefan', 'Steffan'], ['Chelsea', 'Chelsey'], ['Caitlin', 'Katelyn', 'Caitlyn'],
    ['Niamh', 'Neve', 'Neeve'], ['Siobhán', 'Siobhan', 'Shevaun'], ['Renée', 'Renee'], ['Ayesha', 'Aisha', 'Aysha'],
    ['Mariam', 'Maryam', 'Miriam'], ['Zainab', 'Zaynab'], ['Farah', 'Farrah'], ['Saima', 'Sayma'],
]

# Kelbridge (fictional), in the fictional county of Marlshire.  Postcode areas KB (Kelbridge)
# and RV (Ravensmoor, the neighbouring city in the Northvale force area) are invented.
STREETS = [
    ('Ferncliffe Road', 'KB3'), ('Moor End Lane', 'KB4'), ('Canal Street', 'KB5'), ('Eastgate', 'KB2'),
    ('Market Street', 'KB1'), ('Hollins Lane', 'KB6'), ('Brackley Road', 'KB7'), ('Wharf Street', 'KB5'),
    ('Station Road', 'KB1'), ('Albion Terrace', 'KB2'), ('Victoria Street', 'KB1'), ('Mill Lane', 'KB5'),
    ('Chapel Street', 'KB3'), ('Beck Road', 'KB6'), ('Gledhow Avenue', 'KB4'), ('Sycamore Close', 'KB7'),
    ('Thornfield Drive', 'KB7'), ('Longroyd Crescent', 'KB4'), ('Princess Street', 'KB2'),
    ('Queens Road', 'KB3'), ('Ashgrove', 'KB3'), ('Greenhead Road', 'KB6'), ('Slade Lane', 'KB4'),
    ('Tanner Street', 'KB2'), ('Foundry Walk', 'KB5'), ('Cross Street', 'KB1'), ('Balmoral Way', 'KB7'),
    ('Park View', 'KB6'), ('Cemetery Road', 'KB2'), ('Kirkgate', 'KB1'), ('Oakwood Grove', 'KB7'),
    ('Lister Street', 'KB2'), ('Bradley Street', 'KB3'), ('Rosebank', 'KB4'), ('Willow Court', 'KB5'),
    ('Fairfax Avenue', 'KB7'), ('Spring Gardens', 'KB3'), ('Union Street', 'KB1'), ('Hope Street', 'KB5'),
    ('Northgate', 'KB1'), ('Birch Lane', 'KB6'), ('Elm Terrace', 'KB4'), ('Prospect Road', 'KB3'),
]
RV_STREETS = [('Kingsway', 'RV2'), ('Dock Road', 'RV4'), ('Castle Street', 'RV1'), ('Harbour Lane', 'RV4'),
              ('Manor Row', 'RV3'), ('Bridge Street', 'RV1'), ('Carlton Road', 'RV5'), ('Mercer Street', 'RV2')]
ABBR = {'Road': 'Rd', 'Street': 'St', 'Lane': 'Ln', 'Avenue': 'Ave', 'Crescent': 'Cres',
        'Drive': 'Dr', 'Close': 'Cl', 'Terrace': 'Terr', 'Gardens': 'Gdns', 'Grove': 'Gr'}

CARS = [('Vauxhall', 'Astra'), ('Vauxhall', 'Corsa'), ('Ford', 'Focus'), ('Ford', 'Fiesta'),
        ('VW', 'Golf'), ('BMW', '3 Series'), ('Mercedes', 'C Class'), ('Audi', 'A3'), ('Toyota', 'Prius'),
        ('Skoda', 'Octavia'), ('Vauxhall', 'Zafira'), ('Honda', 'Civic'), ('Nissan', 'Qashqai'),
        ('Peugeot', '207'), ('Renault', 'Clio'), ('Seat', 'Leon'), ('Hyundai', 'i40'), ('Ford', 'Mondeo'),
        ('Toyota', 'Avensis'), ('Kia', 'Ceed')]
TAXI_CARS = [('Skoda', 'Octavia'), ('Toyota', 'Prius'), ('Vauxhall', 'Zafira'), ('Hyundai', 'i40'),
             ('Ford', 'Mondeo'), ('Toyota', 'Avensis')]
COLOURS = ['silver', 'black', 'white', 'grey', 'blue', 'red', 'dark blue', 'silver', 'black']
VRM_AREA = "YA YB YC YD YE YF YG YH YJ YK YL YM YN YP YR YS YT YU YV YW YX YY KX KY FD FE FG GN GU".split()
VRM_LET = "ABCDEFGHJKLMNOPRSTUVWXY"
