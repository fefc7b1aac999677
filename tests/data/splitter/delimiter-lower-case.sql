delimiter //
create procedure lower_p() begin select 1; select 2; end//
delimiter ;
call lower_p();
