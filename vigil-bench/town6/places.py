"""Named places of Kelbridge (KB) and Ravensmoor (RV).  All invented.

Each place has its canonical name, kind and address, and the other ways agencies write it
(variants), and sometimes another kind an agency files it under."""
from world import Place

# key, kind, name, address, variants, alt_kind, area
PLACES = [
    # takeaways
    ('ace', 'takeaway', 'Ace Pizza', '41 Eastgate, KB2 4LT',
     ['Ace Pizzas', 'ACE PIZZA', 'Aces', 'the pizza shop on Eastgate', 'Ace Pizza & Kebab'], None, 'KB'),
    ('kebabhouse', 'takeaway', 'Kelbridge Kebab House', '7 Market Street, KB1 2DN',
     ['Kebab House', 'KB Kebab House', 'the kebab shop, Market St', 'Kelbridge Kebabs'], None, 'KB'),
    ('tikka', 'takeaway', 'Tikka Hut', '112 Princess Street, KB2 7QS',
     ['Tikka Hutt', 'TIKKA HUT', 'the curry house on Princess St'], None, 'KB'),
    ('goldenfry', 'takeaway', 'Golden Fry', '3 Chapel Street, KB3 1HW',
     ['Golden Fry chippy', 'the chippy on Chapel St', 'Golden Fryer'], None, 'KB'),
    ('mrchick', 'takeaway', 'Mr Chick', '58 Station Road, KB1 3PE',
     ['Mr Chicks', 'MR CHICK', 'chicken shop Station Rd'], None, 'KB'),
    ('napoli', 'takeaway', 'Bella Napoli', '19 Wharf Street, KB5 8BU',
     ['Bella Napoli Pizza', 'Napoli\'s', 'Bella Napoli, Wharf St'], None, 'KB'),
    ('jimmys', 'takeaway', "Jimmy's Grill", '2 Canal Street, KB5 6AR',
     ['Jimmys Grill', 'JIMMYS', "Jimmy's", 'the grill on Canal Street'], None, 'KB'),
    ('starburger', 'takeaway', 'Star Burger', '88 Kirkgate, KB1 5JS',
     ['Star Burgers', 'Starburger'], None, 'KB'),
    ('rvgrill', 'takeaway', 'Dockside Grill', '14 Dock Road, RV4 2NL',
     ['Dockside', 'Dock Rd grill'], None, 'RV'),
    # taxi firms
    ('moorline', 'taxi_firm', 'Moorline Taxis', '9 Moor End Lane, KB4 6TG',
     ['Moorline', 'MOORLINE CARS', 'Moor Line Taxis', 'Moorline private hire'], None, 'KB'),
    ('castle', 'taxi_firm', 'Castle Cabs', '31 Northgate, KB1 1AA',
     ['Castle Cabs Ltd', 'CASTLE', 'Castle taxis'], None, 'KB'),
    ('a1cars', 'taxi_firm', 'A1 Kelbridge Cars', '60 Station Road, KB1 3PF',
     ['A1 Cars', 'A-1 Cars', 'A1 taxis'], None, 'KB'),
    ('swift', 'taxi_firm', 'Swift Private Hire', '5 Tanner Street, KB2 9EX',
     ['Swift', 'Swift Cars', 'SWIFT PH'], None, 'KB'),
    # hotels
    ('travelstop', 'hotel', 'Travelstop Ravensmoor', 'Dock Road, RV4 1XE',
     ['Travelstop', 'Travel Stop, Ravensmoor', 'the Travelstop on Dock Rd', 'TRAVELSTOP RV'], None, 'RV'),
    ('stationhotel', 'hotel', 'Station Hotel', '1 Station Road, KB1 3PA',
     ['Station Hotel Kelbridge', 'the Station', 'Stn Hotel'], None, 'KB'),
    ('bridgeinn', 'hotel', 'Bridge Inn', '22 Bridge Street, RV1 4HP',
     ['Bridge Inn Hotel', 'The Bridge, Ravensmoor'], None, 'RV'),
    ('kblodge', 'hotel', 'Kelbridge Lodge', 'Brackley Road, KB7 2WW',
     ['Kelbridge Lodge Hotel', 'the Lodge'], None, 'KB'),
    # car parks
    ('msc', 'car_park', 'Eastgate multi-storey', 'Eastgate, KB2 4LA',
     ['Eastgate car park', 'multi storey Eastgate', 'Eastgate MSCP'], None, 'KB'),
    ('kwikcp', 'car_park', 'Kwikmart car park', 'Beck Road, KB6 3RR',
     ['Kwikmart CP', 'car park behind Kwikmart', 'Beck Rd car park'], None, 'KB'),
    ('lccp', 'car_park', 'Leisure centre car park', 'Greenhead Road, KB6 1LC',
     ['KLC car park', 'leisure centre CP'], None, 'KB'),
    # parks
    ('greenhead', 'park', 'Greenhead Park', 'Greenhead Road, KB6 1PA',
     ['Greenhead', 'Greenhead park', 'the park (Greenhead)'], None, 'KB'),
    ('beckrec', 'park', 'Beck Road rec', 'Beck Road, KB6 3RE',
     ['Beck Rd rec', 'the rec', 'Beck Road recreation ground'], None, 'KB'),
    ('moorfields', 'park', 'Moor End playing fields', 'Moor End Lane, KB4 6PF',
     ['Moor End fields', 'playing fields, Moor End'], None, 'KB'),
    ('towpath', 'other', 'canal towpath', 'Canal Street, KB5',
     ['towpath by the canal', 'the canal'], 'park', 'KB'),
    # schools
    ('academy', 'school', 'Kelbridge Academy', 'Hollins Lane, KB6 2AC',
     ['Kelbridge Acad.', 'KA', 'Kelbridge Academy (formerly Hollins High)'], None, 'KB'),
    ('staidans', 'school', "St Aidan's Catholic High School", 'Queens Road, KB3 5SA',
     ["St Aidan's", 'St Aidans RC High', "St. Aidan's"], None, 'KB'),
    ('thornfield', 'school', 'Thornfield High School', 'Thornfield Drive, KB7 4TH',
     ['Thornfield High', 'Thornfield'], None, 'KB'),
    ('pru', 'school', 'Brackley Road PRU', 'Brackley Road, KB7 1PR',
     ['the PRU', 'Brackley Rd Pupil Referral Unit'], None, 'KB'),
    ('college', 'school', 'Marlshire College', 'Union Street, KB1 6MC',
     ['the college', 'Marlshire Coll.'], 'other', 'KB'),
    ('hollinsprim', 'school', 'Hollins Lane Primary', 'Hollins Lane, KB6 2HP',
     ['Hollins Lane JI', 'Hollins Primary'], None, 'KB'),
    # care homes
    ('brackley', 'care_home', 'Brackley House', '77 Brackley Road, KB7 1BH',
     ['Brackley Hse', 'Brackley House children\'s home', 'BRACKLEY HOUSE (Evergreen Care)'], None, 'KB'),
    ('oaklodge', 'care_home', 'Oak Lodge', '4 Oakwood Grove, KB7 3OL',
     ['Oak Lodge CH', 'Oakwood Grove children\'s home', 'OAK LODGE'], None, 'KB'),
    ('willowct', 'care_home', 'Willow Court', '12 Willow Court, KB5 9WC',
     ['Willow Ct', 'Willow Court residential'], None, 'KB'),
    # shops
    ('offy', 'shop', 'Eastgate Off Licence', '45 Eastgate, KB2 4LT',
     ['Eastgate offy', 'the off licence on Eastgate', 'Eastgate Wines'], None, 'KB'),
    ('listermini', 'shop', 'Lister Street Mini Market', '9 Lister Street, KB2 6MM',
     ['Lister St shop', 'Mini Market, Lister St'], None, 'KB'),
    ('kwikmart', 'shop', 'Kwikmart', 'Beck Road, KB6 3RR',
     ['Kwik Mart', 'KWIKMART Beck Rd'], None, 'KB'),
    # flats and houses used by the networks (and some innocent ones)
    ('flatace', 'address', 'flat above Ace Pizza', 'Flat 1, 41 Eastgate, KB2 4LT',
     ['above the pizza shop', 'Flat 1 41 Eastgate', 'flat over Aces'], 'takeaway', 'KB'),
    ('canalflats', 'address', 'Canal Street flats', 'Flat 4, 16 Canal Street, KB5 6AT',
     ['16 Canal St', 'Flat 4 Canal Street', 'the flats on Canal St'], None, 'KB'),
    ('wharfct', 'address', 'Wharf Court', 'Flat 7, Wharf Court, Wharf Street, KB5 8WC',
     ['Flat 7 Wharf Ct', 'Wharf Court flats'], None, 'KB'),
    ('millane', 'address', '23 Mill Lane', '23 Mill Lane, KB5 2ML',
     ['Mill Lane house', '23 Mill Ln'], None, 'KB'),
    ('foundry', 'address', 'Foundry Walk flats', 'Flat 12, 3 Foundry Walk, KB5 1FW',
     ['Foundry Walk', 'the Foundry flats'], None, 'KB'),
    ('rvflat', 'address', 'Manor Row flat', 'Flat 3, 40 Manor Row, RV3 2MR',
     ['Manor Row', '40 Manor Row Ravensmoor'], None, 'RV'),
    ('rvhouse', 'address', 'Carlton Road house', '118 Carlton Road, RV5 7CR',
     ['Carlton Rd', '118 Carlton Rd, Ravensmoor'], None, 'RV'),
    ('seaflat', 'address', 'Saltby flat', 'Flat 2, 9 Esplanade, Saltby SB1 3ES',
     ['Saltby', 'flat in Saltby', 'Esplanade, Saltby'], None, 'SB'),
    # other
    ('busstation', 'other', 'Kelbridge bus station', 'Kirkgate, KB1 5BS',
     ['bus station', 'KB bus stn', 'the interchange'], None, 'KB'),
    ('rvbus', 'other', 'Ravensmoor bus station', 'Castle Street, RV1 1BS',
     ['RV bus station', 'Ravensmoor interchange'], None, 'RV'),
    ('leisure', 'other', 'Kelbridge Leisure Centre', 'Greenhead Road, KB6 1LC',
     ['KLC', 'leisure centre', 'the baths'], None, 'KB'),
    ('hub', 'other', 'The Hub youth centre', '5 Hope Street, KB5 3HY',
     ['the Hub', 'Hope St youth club', 'Hub youth club'], None, 'KB'),
    ('fcground', 'other', 'Kelbridge Juniors FC ground', 'Moor End Lane, KB4 6FC',
     ['Juniors ground', 'KJFC', 'the football club'], 'park', 'KB'),
    ('snooker', 'other', 'Kirkgate Snooker Club', '90 Kirkgate, KB1 5SC',
     ['snooker hall', 'the snooker club on Kirkgate'], None, 'KB'),
    ('carwash', 'other', 'Hand Car Wash, Beck Road', 'Beck Road, KB6 3CW',
     ['car wash Beck Rd', 'the car wash'], None, 'KB'),
]


def build_places(world):
    for key, kind, name, addr, var, alt, area in PLACES:
        world.places[key] = Place(key, kind, name, addr, var, alt, area)
    return world.places
